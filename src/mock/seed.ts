import type { Contract } from '../contracts/types.js';
import { clone, type BodyDeps } from './body.js';
import { examplesOf, isCollectionRoute } from './crud.js';
import { stripVersion, type Router } from './route.js';
import { storeKey, type MockStore } from './store.js';
import { SEED_ID } from './types.js';

const ORDER: Record<string, number> = { GET: 0, PATCH: 1, PUT: 2, DELETE: 3, POST: 4 };

/** The concrete paths a contract's requests use: its example path and its templates, `{…}` → {@link SEED_ID}. */
export function seedPaths(contract: Contract): string[] {
  const fill = (p: string) => stripVersion(p).split('?')[0]!.replace(/\{[^}]*\}/g, SEED_ID);
  return [...new Set([contract.request.path, contract.operation.pathTemplate, ...contract.operation.pathTemplates].map(fill))];
}

/** An entity seeded at `/…/<SEED_ID>` carries that id, so listing and addressing it agree. */
function withSeedId(path: string, entity: Record<string, unknown>): Record<string, unknown> {
  if ('id' in entity && path.endsWith(SEED_ID)) entity.id = SEED_ID;
  return entity;
}

/**
 * Seeds the store so every documented request works out of the box: GET answers its example
 * (collections their example items), and PATCH/DELETE find an entity to act on.
 */
export function seedStore(store: MockStore, contracts: readonly Contract[], router: Router, deps: BodyDeps): void {
  const sorted = [...contracts].sort((a, b) => (ORDER[a.request.method] ?? 9) - (ORDER[b.request.method] ?? 9));
  for (const contract of sorted) {
    const method = contract.request.method;
    if (method === 'POST' || method === 'PUT') continue;
    for (const path of seedPaths(contract)) {
      const match = router.match(method, path);
      if (match.kind !== 'found') continue;
      const key = storeKey(path);
      const entities = examplesOf(contract, deps);
      if (method === 'GET' && isCollectionRoute(match.route)) {
        if (store.children(key).length > 0) continue;
        entities.forEach((item, i) => store.put(`${key}/${String(item.id ?? `${SEED_ID}-${i}`).toLowerCase()}`, clone(item)));
      } else if (method === 'GET') {
        store.put(key, withSeedId(path, { ...clone(entities[0] ?? {}), ...store.get(key) }));
      } else if (!store.has(key)) {
        store.put(key, withSeedId(path, clone(entities[0] ?? { id: SEED_ID })));
      }
    }
  }
}
