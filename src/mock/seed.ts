import type { Contract } from '../contracts/types.js';
import { clone, type BodyDeps } from './body.js';
import { examplesOf, isCollectionRoute } from './examples.js';
import { safeDecode, splitPath, stripVersion, type Router } from './route.js';
import { keyOf, type Entity, type MockStore } from './store.js';
import { reconcileEnums } from './seedEnums.js';
import { ME_ID, SEED_ID } from './types.js';

const ORDER: Record<string, number> = { GET: 0, PATCH: 1, PUT: 2, DELETE: 3, POST: 4 };

/** The concrete paths a contract's requests use: its example path and its templates, `{…}` → {@link SEED_ID}. */
export function seedPaths(contract: Contract): string[] {
  const fill = (p: string) => stripVersion(p).split('?')[0]!.replace(/\{[^}]*\}/g, SEED_ID);
  return [...new Set([contract.request.path, contract.operation.pathTemplate, ...contract.operation.pathTemplates].map(fill))];
}

/** An entity seeded at `/…/<SEED_ID>` carries that id, so listing and addressing it agree. */
function withSeedId(key: string, entity: Entity): Entity {
  if ('id' in entity && key.endsWith(SEED_ID)) entity.id = SEED_ID;
  else if (key === `/users/${ME_ID}`) entity.id = ME_ID;
  return entity;
}

/**
 * The store key a seed path fills: `/me` is the seeded user, a trailing type cast lists its
 * collection, and `root:/<SEED_ID>:` is an item of that name among the root's children.
 */
function seedKey(path: string): { key: string; name?: string } {
  const segments = splitPath(path).map(safeDecode);
  if (segments[0]?.toLowerCase() === 'me') segments.splice(0, 1, 'users', ME_ID);
  // `…/$ref` addresses the reference the path before it names; a type cast lists its collection.
  if (segments.length > 1 && /^(microsoft\.graph\..*|\$ref)$/i.test(segments[segments.length - 1]!)) segments.pop();
  const at = segments.findIndex((s) => s.includes(':/'));
  if (at < 0) return { key: keyOf(segments) };
  const segment = segments[at]!;
  const name = segment.slice(segment.indexOf(':/') + 2).replace(/:$/, '').split('/').pop()!;
  return { key: keyOf([...segments.slice(0, at), segment.slice(0, segment.indexOf(':')), 'children', name, ...segments.slice(at + 1)]), name };
}

/**
 * Seeds the store so every documented request works out of the box: GET finds an entity (or
 * collection items), and PATCH/DELETE find an entity to act on. Where several pages document
 * one path, the seeded entity holds what each page's example shows (the first page's value
 * where they differ), so every page's reader finds the fields it documents.
 */
export function seedStore(store: MockStore, contracts: readonly Contract[], router: Router, deps: BodyDeps): void {
  const sorted = [...contracts].sort((a, b) => (ORDER[a.request.method] ?? 9) - (ORDER[b.request.method] ?? 9));
  const readers = new Map<string, Contract[]>();
  for (const contract of sorted) seedContract(store, contract, router, deps, false, readers);
  reconcileEnums(store, readers, deps.schemas);
}

/**
 * Seeds what one contract's request needs. With `replace`, existing data at its paths is
 * replaced by this contract's example alone, so the contract can be exercised in isolation.
 */
export function seedContract(store: MockStore, contract: Contract, router: Router, deps: BodyDeps, replace = true, readers?: Map<string, Contract[]>): void {
  const method = contract.request.method;
  if (method === 'POST' || method === 'PUT') return;
  const type = contract.response.type;
  for (const path of seedPaths(contract)) {
    const match = router.match(method, path);
    if (match.kind !== 'found' || /\/\$count$/i.test(path)) continue;
    // `/$value` and `/content` read the bytes of the entity before them: that entity must exist.
    const media = /^(.*)\/(\$value|content)$/i.exec(path);
    if (media) {
      const { key } = seedKey(media[1]!);
      if (!store.get(key)) store.seed(key, { id: key.slice(key.lastIndexOf('/') + 1) });
      continue;
    }
    const { key, name } = seedKey(path);
    const entities = examplesOf(contract, deps);
    if (method === 'GET' && contract.response.body === 'collection' && isCollectionRoute(match.route)) {
      entities.forEach((item, i) => upsert(store, `${key}/${String(item.id ?? `${SEED_ID}-${i}`).toLowerCase()}`, item, type, replace, deps));
    } else {
      const entity = withSeedId(key, clone(entities[0] ?? (method === 'GET' ? {} : { id: SEED_ID })));
      if (name !== undefined) entity.name = name;
      upsert(store, key, entity, type, replace, deps);
      if (readers && contract.response.body === 'entity') readers.set(key, [...(readers.get(key) ?? []), contract]);
    }
  }
}

/** Seeds `entity` at `key`, or adds the properties it shows to the seed already there. */
/**
 * Seeds `entity` at `key`, or adds the properties it shows to the seed already there, each only
 * where it is valid for the type the seed was stored as (another page's example may be wrong
 * about a property, e.g. a string where the type has an object).
 */
function upsert(store: MockStore, key: string, entity: Entity, type: string | undefined, replace: boolean, deps: BodyDeps): void {
  const existing = store.get(key);
  if (replace || !existing) return store.seed(key, clone(entity), type);
  if (!store.isSeed(key)) return;
  const seededAs = store.typeOf(key);
  const schema = seededAs ? `${seededAs}.schema.json` : undefined;
  const check = schema !== undefined && deps.validator?.has(schema) === true;
  const issues = () => deps.validator!.validate(schema!, existing).filter((i) => i.keyword !== 'required').length;
  let before = check ? issues() : 0;
  for (const [name, value] of Object.entries(entity)) {
    if (name in existing) continue;
    existing[name] = clone(value);
    if (!check) continue;
    const after = issues();
    if (after > before) delete existing[name];
    else before = after;
  }
}
