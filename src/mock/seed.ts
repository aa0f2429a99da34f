import type { Contract } from '../contracts/types.js';
import { clone, type BodyDeps } from './body.js';
import { examplesOf, isCollectionRoute } from './crud.js';
import { stripVersion, type Router } from './route.js';
import { storeKey, type Entity, type MockStore } from './store.js';
import { SEED_ID } from './types.js';

const ORDER: Record<string, number> = { GET: 0, PATCH: 1, PUT: 2, DELETE: 3, POST: 4 };

/** The concrete paths a contract's requests use: its example path and its templates, `{…}` → {@link SEED_ID}. */
export function seedPaths(contract: Contract): string[] {
  const fill = (p: string) => stripVersion(p).split('?')[0]!.replace(/\{[^}]*\}/g, SEED_ID);
  return [...new Set([contract.request.path, contract.operation.pathTemplate, ...contract.operation.pathTemplates].map(fill))];
}

/** An entity seeded at `/…/<SEED_ID>` carries that id, so listing and addressing it agree. */
function withSeedId(path: string, entity: Entity): Entity {
  if ('id' in entity && path.endsWith(SEED_ID)) entity.id = SEED_ID;
  return entity;
}

/**
 * Seeds the store so every documented request works out of the box: GET finds an entity (or
 * collection items), and PATCH/DELETE find an entity to act on. Where several pages share a
 * path, the first seeds it; while it stays pristine each contract is answered its own example.
 */
export function seedStore(store: MockStore, contracts: readonly Contract[], router: Router, deps: BodyDeps): void {
  const sorted = [...contracts].sort((a, b) => (ORDER[a.request.method] ?? 9) - (ORDER[b.request.method] ?? 9));
  for (const contract of sorted) seedContract(store, contract, router, deps, false);
}

/**
 * Seeds what one contract's request needs. With `replace`, existing data at its paths is
 * replaced by pristine seed data, so the contract can be exercised in isolation.
 */
export function seedContract(store: MockStore, contract: Contract, router: Router, deps: BodyDeps, replace = true): void {
  const method = contract.request.method;
  if (method === 'POST' || method === 'PUT') return;
  for (const path of seedPaths(contract)) {
    const match = router.match(method, path);
    if (match.kind !== 'found') continue;
    const key = storeKey(path);
    const entities = examplesOf(contract, deps);
    if (method === 'GET' && contract.response.body === 'collection' && isCollectionRoute(match.route)) {
      if (store.children(key).length > 0 && !replace) continue;
      entities.forEach((item, i) => store.seed(`${key}/${String(item.id ?? `${SEED_ID}-${i}`).toLowerCase()}`, clone(item), contract.response.type));
    } else if (replace || !store.has(key)) {
      store.seed(key, withSeedId(path, clone(entities[0] ?? (method === 'GET' ? {} : { id: SEED_ID }))), contract.response.type);
    }
  }
}
