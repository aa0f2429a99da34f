import type { Contract } from './types.js';

/**
 * A path as requests are compared: host, version and query dropped, OData key syntax as a
 * segment (`users('{id}')` → `users/{}`), every placeholder `{}`, literals lower-cased.
 */
export function pathShape(path: string): string {
  const clean = path.replace(/^https?:\/\/[^/]+/i, '').split('?', 1)[0]!.replace(/^\/(beta|v1\.0)(?=\/|$)/i, '');
  const segments: string[] = [];
  for (const raw of clean.split('/')) {
    if (raw === '') continue;
    const key = /^([^.()=]+)\('?(\{[^{}]*\})'?\)$/.exec(raw);
    if (key) segments.push(key[1]!.toLowerCase(), '{}');
    else segments.push(raw.replace(/\{[^{}]*\}/g, '{}').toLowerCase());
  }
  return `/${segments.join('/')}`;
}

/** Query options as requests are compared: names and values, case-insensitively, in name order. */
function queryShape(query: Record<string, string>): string {
  return Object.entries(query)
    .map(([k, v]) => `${k.trim().toLowerCase()}=${v.trim().toLowerCase()}`)
    .sort()
    .join('&');
}

/** True when two contracts document the same query options (names and values, as `peerIndex` compares them). */
export const sameQuery = (a: Contract, b: Contract): boolean => queryShape(a.request.query) === queryShape(b.request.query);

const requestKey = (method: string, shape: string, query: string) => `${method} ${shape}?${query}`;

/**
 * Which other contracts document the same request as each contract: the same method and query
 * (names and values), at a path the other page documents (its example's, or one of its page's
 * path templates: `event-update` documents `PATCH /groups/{id}/events/{id}` as well). Several
 * pages document one request where derived types share a URL (the Intune policy pages) or pages
 * disagree about one (a status); the checks judge an answer by what they document together.
 * Pure; each contract's list is worked out on first use.
 */
export function peerIndex(contracts: readonly Contract[]): (contract: Contract) => readonly Contract[] {
  const byKey = new Map<string, Contract[]>();
  for (const c of contracts) {
    const query = queryShape(c.request.query);
    const shapes = new Set([c.request.path, c.operation.pathTemplate, ...c.operation.pathTemplates].map(pathShape));
    for (const shape of shapes) {
      const key = requestKey(c.request.method, shape, query);
      const list = byKey.get(key);
      if (list) list.push(c);
      else byKey.set(key, [c]);
    }
  }
  const memo = new WeakMap<Contract, readonly Contract[]>();
  return (contract) => {
    let peers = memo.get(contract);
    if (!peers) {
      const key = requestKey(contract.request.method, pathShape(contract.request.path), queryShape(contract.request.query));
      peers = (byKey.get(key) ?? []).filter((c) => c !== contract);
      memo.set(contract, peers);
    }
    return peers;
  };
}
