import { safeDecode, splitPath } from './route.js';

/** A stored entity: a JSON object. */
export type Entity = Record<string, unknown>;

/**
 * Canonical store key of a request path without version: segments decoded, OData keys split
 * (`profiles('1')` → `profiles/1`) and lower-cased, since Graph treats URLs case-insensitively.
 */
export function storeKey(path: string): string {
  return keyOf(splitPath(path).map(safeDecode));
}

/** Store key of already split and decoded segments (see {@link storeKey}). */
export function keyOf(segments: readonly string[]): string {
  return ('/' + segments.join('/')).toLowerCase();
}

/** The key of the collection or entity holding `key` (`/users/1/messages` → `/users/1`). */
export function parentOf(key: string): string {
  const i = key.lastIndexOf('/');
  return i <= 0 ? '/' : key.slice(0, i);
}

/**
 * The mock tenant's state: entities keyed by canonical path, each collection's items in
 * insertion order, and an index of ids so that another path naming the same id (`/drives/{id}`
 * for the drive at `/users/{id}/drive`) reaches the same object. A key may also be a reference
 * to another (`/groups/1/members/2` → `/users/2`), as `$ref` writes make them. Requests are
 * handled synchronously on one thread, so each request sees and leaves a consistent store.
 */
/** A store's content (`MockStore.snapshot`). */
export interface StoreSnapshot {
  entities: Map<string, Entity>;
  childrenOf: Map<string, Set<string>>;
  links: Map<string, string>;
  seeded: Set<string>;
  createdKeys: Set<string>;
  types: Map<string, string>;
  byId: Map<string, Set<string>>;
}

export class MockStore {
  private readonly entities = new Map<string, Entity>();
  private readonly childrenOf = new Map<string, Set<string>>();
  /** Reference keys: the key of the entity they point at. */
  private readonly links = new Map<string, string>();
  private readonly seeded = new Set<string>();
  /** Keys a client's documented create (POST) stored, while they exist. */
  private readonly createdKeys = new Set<string>();
  /** The documented type of the contract that wrote each key, for entities without `@odata.type`. */
  private readonly types = new Map<string, string>();
  /** Lower-cased id → keys of the entities carrying it. */
  private readonly byId = new Map<string, Set<string>>();

  /** Number of stored entities. */
  get size(): number {
    return this.entities.size;
  }

  /** The entity at `key`, following a reference. */
  get(key: string): Entity | undefined {
    return this.entities.get(this.links.get(key) ?? key);
  }

  /** The key the entity at `key` is stored under (itself, or what a reference points at). */
  target(key: string): string {
    return this.links.get(key) ?? key;
  }

  /** The documented type the entity at `key` was written as, if known. */
  typeOf(key: string): string | undefined {
    return this.types.get(this.target(key));
  }

  has(key: string): boolean {
    return this.entities.has(this.target(key));
  }

  /** True when items were ever added below `key` and some remain. */
  hasItems(key: string): boolean {
    return (this.childrenOf.get(key)?.size ?? 0) > 0;
  }

  /** Stores seed data at `key`. */
  seed(key: string, entity: Entity, type?: string): void {
    this.put(key, entity, type);
    this.seeded.add(key);
    this.createdKeys.delete(key);
  }

  /** True when seed data is stored at `key` and no client replaced it. */
  isSeed(key: string): boolean {
    return this.seeded.has(key);
  }

  /** Stores (or replaces) the entity at `key`, written as `type` (the writer's documented type; kept when absent). */
  put(key: string, entity: Entity, type?: string): void {
    const at = this.target(key);
    if (type) this.types.set(at, type);
    this.seeded.delete(at);
    const old = this.entities.get(at);
    if (old && old.id !== entity.id) this.unindex(at, old);
    this.entities.set(at, entity);
    this.index(at, entity);
    this.addChild(at);
  }

  /** Stores what a client's create (POST) made: unlike seed data, a client may delete it (see `handle`). */
  create(key: string, entity: Entity, type?: string): void {
    this.put(key, entity, type);
    this.createdKeys.add(key);
  }

  /** Makes `key` a reference to the entity at `targetKey` (a `$ref` write). */
  link(key: string, targetKey: string): void {
    this.links.set(key, this.target(targetKey));
    this.addChild(key);
  }

  /** Removes the reference at `key`, never an entity; false when `key` is no reference. */
  unlink(key: string): boolean {
    return this.links.has(key) && this.delete(key);
  }

  /** True while the entity at `key` is one a client created. */
  wasCreated(key: string): boolean {
    return this.createdKeys.has(key);
  }

  /** Keys of the entities clients created and nobody deleted yet, in creation order. */
  created(): string[] {
    return [...this.createdKeys];
  }

  /** Keys of stored entities whose id is `id` (case-insensitive), in storing order. */
  keysWithId(id: string): string[] {
    const keys = this.byId.get(id.toLowerCase());
    return keys ? [...keys] : [];
  }

  /**
   * Removes the entity at `key` and everything below it; a reference key loses only the
   * reference. False when there was nothing.
   */
  delete(key: string): boolean {
    if (this.links.delete(key)) {
      this.childrenOf.get(parentOf(key))?.delete(key);
      return true;
    }
    if (!this.entities.has(key)) return false;
    const stack = [key];
    while (stack.length > 0) {
      const k = stack.pop()!;
      const entity = this.entities.get(k);
      if (entity) this.unindex(k, entity);
      this.entities.delete(k);
      this.links.delete(k);
      this.createdKeys.delete(k);
      this.seeded.delete(k);
      this.types.delete(k);
      this.childrenOf.get(parentOf(k))?.delete(k);
      stack.push(...(this.childrenOf.get(k) ?? []));
      this.childrenOf.delete(k);
    }
    return true;
  }

  /** Keys directly below `key` (a collection's items), in insertion order. */
  childKeys(key: string): string[] {
    return [...(this.childrenOf.get(key) ?? [])];
  }

  /** Entities directly below `key` (a collection's items), in insertion order. */
  children(key: string): Entity[] {
    return this.items(key).map((i) => i.entity);
  }

  /** Like {@link children}, with each item's key and the documented type it was written as (if known). */
  items(key: string): { key: string; entity: Entity; type?: string }[] {
    const out: { key: string; entity: Entity; type?: string }[] = [];
    for (const k of this.childrenOf.get(key) ?? []) {
      const at = this.links.get(k) ?? k;
      const entity = this.entities.get(at);
      if (entity) out.push({ key: k, entity, type: this.types.get(at) });
    }
    return out;
  }

  /**
   * `size` items below `key` from the `offset`-th on, and how many items there are, without
   * building the whole list (references whose entity is gone are skipped and not counted).
   */
  page(key: string, offset: number, size: number): { items: { key: string; entity: Entity; type?: string }[]; total: number } {
    const children = this.childrenOf.get(key);
    const items: { key: string; entity: Entity; type?: string }[] = [];
    if (!children) return { items, total: 0 };
    let index = 0;
    let dangling = 0;
    for (const k of children) {
      const at = this.links.get(k) ?? k;
      const entity = this.entities.get(at);
      if (!entity) {
        dangling++;
        continue;
      }
      if (index >= offset && items.length < size) items.push({ key: k, entity, type: this.types.get(at) });
      index++;
      if (items.length === size && dangling === 0 && this.links.size === 0) break;
    }
    return { items, total: children.size - dangling };
  }

  /** Removes everything. */
  /** The whole content, as plain Maps and Sets (see `MockPrepared`): the store is not to be used afterwards. */
  snapshot(): StoreSnapshot {
    const { entities, childrenOf, links, seeded, createdKeys, types, byId } = this;
    return { entities, childrenOf, links, seeded, createdKeys, types, byId };
  }

  /** Takes over a snapshot's content as its own (the snapshot is not to be used afterwards). */
  adopt(snapshot: StoreSnapshot): void {
    this.clear();
    for (const [name, from] of Object.entries(snapshot) as [keyof StoreSnapshot, Map<string, unknown> | Set<string>][]) {
      const into = this[name] as Map<string, unknown> | Set<string>;
      if (into instanceof Map) for (const [k, v] of from as Map<string, unknown>) into.set(k, v);
      else for (const k of from as Set<string>) into.add(k);
    }
  }

  clear(): void {
    this.entities.clear();
    this.childrenOf.clear();
    this.links.clear();
    this.seeded.clear();
    this.createdKeys.clear();
    this.types.clear();
    this.byId.clear();
  }

  private addChild(key: string): void {
    const parent = parentOf(key);
    let set = this.childrenOf.get(parent);
    if (!set) this.childrenOf.set(parent, (set = new Set()));
    set.add(key);
  }

  private index(key: string, entity: Entity): void {
    if (typeof entity.id !== 'string' || entity.id === '') return;
    const id = entity.id.toLowerCase();
    let keys = this.byId.get(id);
    if (!keys) this.byId.set(id, (keys = new Set()));
    keys.add(key);
  }

  private unindex(key: string, entity: Entity): void {
    if (typeof entity.id === 'string') this.byId.get(entity.id.toLowerCase())?.delete(key);
  }
}
