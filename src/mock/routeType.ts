import type { Contract } from '../contracts/types.js';
import type { RouteNode } from './route.js';

const cache = new WeakMap<RouteNode, string | null>();

/**
 * The entity type a route addresses, from the pages that document it: a single-entity GET's
 * response type, else what an update writes. Undefined for collections and operations.
 */
export function entityTypeOf(route: RouteNode): string | undefined {
  let type = cache.get(route);
  if (type === undefined) cache.set(route, (type = find(route) ?? null));
  return type ?? undefined;
}

function find(route: RouteNode): string | undefined {
  const of = (method: string, pick: (c: Contract) => string | undefined) => (route.methods.get(method) ?? []).map(pick).find((t) => t !== undefined);
  const entity = (c: Contract) => (c.response.body === 'entity' ? c.response.type : undefined);
  const written = (c: Contract) => c.response.type ?? c.request.schema?.replace(/\.schema\.json$/, '');
  return of('GET', entity) ?? of('PATCH', written) ?? of('PUT', written);
}
