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

/**
 * The mock tenant's state: entities keyed by canonical path. Requests are handled synchronously
 * on one thread, so each request sees and leaves a consistent store.
 */
export class MockStore {
  private readonly entities = new Map<string, Entity>();
  private readonly childrenOf = new Map<string, Set<string>>();
  /** Keys written by a client since seeding, and parents whose item set a client changed. */
  private readonly touched = new Set<string>();
  private readonly seeded = new Set<string>();
  /** Keys a client's documented create (POST) stored, while they exist. */
  private readonly createdKeys = new Set<string>();
  /** The documented type of the contract that wrote each key, for entities without `@odata.type`. */
  private readonly types = new Map<string, string>();

  /** Number of stored entities. */
  get size(): number {
    return this.entities.size;
  }

  get(key: string): Entity | undefined {
    return this.entities.get(key);
  }

  /** The documented type the entity at `key` was written as, if known. */
  typeOf(key: string): string | undefined {
    return this.types.get(key);
  }

  has(key: string): boolean {
    return this.entities.has(key);
  }

  /** Stores seed data at `key`: the entity stays pristine until a client writes it. */
  seed(key: string, entity: Entity, type?: string): void {
    this.put(key, entity, type);
    this.seeded.add(key);
    this.createdKeys.delete(key);
    this.touched.delete(key);
    this.touched.delete(parentOf(key));
  }

  /** True when seed data was ever stored at `key` (even if deleted since). */
  wasSeeded(key: string): boolean {
    return this.seeded.has(key);
  }

  /**
   * True while nothing a client did has changed the entity at `key` (or, for a collection,
   * its set of items) since seeding: the mock may then answer each contract its own example.
   */
  pristine(key: string): boolean {
    return !this.touched.has(key);
  }

  /** Stores (or replaces) the entity at `key`, written as `type` (the writer's documented type; kept when absent). */
  put(key: string, entity: Entity, type?: string): void {
    if (type) this.types.set(key, type);
    this.touched.add(key);
    this.touched.add(parentOf(key));
    this.entities.set(key, entity);
    const parent = parentOf(key);
    let set = this.childrenOf.get(parent);
    if (!set) this.childrenOf.set(parent, (set = new Set()));
    set.add(key);
  }

  /** Stores what a client's create (POST) made: unlike seed data, a client may delete it (see `handle`). */
  create(key: string, entity: Entity, type?: string): void {
    this.put(key, entity, type);
    this.createdKeys.add(key);
  }

  /** True while the entity at `key` is one a client created. */
  wasCreated(key: string): boolean {
    return this.createdKeys.has(key);
  }

  /** Keys of the entities clients created and nobody deleted yet, in creation order. */
  created(): string[] {
    return [...this.createdKeys];
  }

  /** Removes the entity at `key` and everything below it; false when there was none. */
  delete(key: string): boolean {
    if (!this.entities.has(key)) return false;
    this.touched.add(parentOf(key));
    const stack = [key];
    while (stack.length > 0) {
      const k = stack.pop()!;
      this.entities.delete(k);
      this.createdKeys.delete(k);
      this.types.delete(k);
      this.childrenOf.get(parentOf(k))?.delete(k);
      stack.push(...(this.childrenOf.get(k) ?? []));
      this.childrenOf.delete(k);
    }
    return true;
  }

  /** Entities directly below `key` (a collection's items), in insertion order. */
  children(key: string): Entity[] {
    return this.items(key).map((i) => i.entity);
  }

  /** Like {@link children}, with the documented type each item was written as (if known). */
  items(key: string): { entity: Entity; type?: string }[] {
    return [...(this.childrenOf.get(key) ?? [])].flatMap((k) => {
      const entity = this.entities.get(k);
      return entity ? [{ entity, type: this.types.get(k) }] : [];
    });
  }

  /** Removes everything. */
  clear(): void {
    this.entities.clear();
    this.childrenOf.clear();
    this.touched.clear();
    this.seeded.clear();
    this.createdKeys.clear();
    this.types.clear();
  }
}

function parentOf(key: string): string {
  const i = key.lastIndexOf('/');
  return i <= 0 ? '/' : key.slice(0, i);
}
