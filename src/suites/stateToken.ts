import type { Contract } from '../contracts/types.js';
import type { HttpRequest, Transport } from '../transport/types.js';
import { queryString } from './requestFor.js';

const SKIP_TOKEN = /^\$?skiptoken$/i;

/**
 * A page's request carrying `$skiptoken` replays a state token that an earlier answer of the
 * docs' own tenant issued (the next page of a delta round): no other service knows it. The request
 * is made the way a client gets there: the initial request (the same query without the token),
 * then the `@odata.nextLink` that answer gives. `request` itself when the contract has no state
 * token (or is no GET); a reason to skip when the target's first page has no next link to follow.
 */
export async function withIssuedToken(contract: Contract, request: HttpRequest, transport: Transport): Promise<HttpRequest | { reason: string }> {
  const query = contract.request.query;
  // Only a read is sent twice.
  if (request.method !== 'GET' || !Object.keys(query).some((k) => SKIP_TOKEN.test(k))) return request;
  const initial = Object.fromEntries(Object.entries(query).filter(([k]) => !SKIP_TOKEN.test(k)));
  const url = request.url.slice(0, request.url.includes('?') ? request.url.indexOf('?') : undefined) + queryString(initial);
  const first = await transport.send({ method: request.method, url, headers: request.headers });
  const body = first.json as { '@odata.nextLink'?: unknown } | undefined;
  const next = typeof body?.['@odata.nextLink'] === 'string' ? body['@odata.nextLink'] : undefined;
  if (next === undefined) return { reason: `the page's $skiptoken was issued by another service; the answer to ${request.method} ${url} (status ${first.status}) has no @odata.nextLink to follow` };
  // Relative to the target's base URL, as every request is: from the version segment on.
  const target = new URL(next, 'https://graph.microsoft.com');
  const at = target.pathname.indexOf(`/${contract.operation.version}/`);
  return { ...request, url: target.pathname.slice(Math.max(at, 0)) + target.search };
}
