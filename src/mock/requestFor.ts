import type { Contract } from '../contracts/types.js';
import type { HttpRequest } from '../transport/types.js';
import { SEED_ID } from './types.js';

/**
 * The request a contract documents, addressed at the mock's seeded data: placeholders become
 * {@link SEED_ID}, the documented headers and example body are sent with a bearer token.
 */
export function requestFor(contract: Contract, extraHeaders: Record<string, string> = {}): HttpRequest {
  const path = ('/' + contract.request.path.replace(/^\/+/, '')).replace(/\{[^}]*\}/g, SEED_ID);
  // As the docs write it: a `+` in a documented query is a space.
  const query = Object.entries(contract.request.query)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v).replace(/%2B/g, '+')}`)
    .join('&');
  const version = contract.operation.version === 'v1.0' ? 'v1.0' : 'beta';
  const body = contract.request.body === undefined ? undefined : JSON.stringify(contract.request.body);
  return {
    method: contract.request.method,
    url: `/${version}${path}${query ? `?${query}` : ''}`,
    headers: { authorization: 'Bearer mock-token', ...contract.request.headers, ...extraHeaders },
    ...(body === undefined ? {} : { body }),
  };
}
