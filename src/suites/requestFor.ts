import type { Contract } from '../contracts/types.js';
import type { HttpRequest } from '../transport/types.js';

/** Replaces `{name}` placeholders with URL-encoded values; unknown names are left as they are. */
export function fillPath(path: string, values: Record<string, string>): string {
  return path.replace(/\{([^{}]+)\}/g, (whole, name: string) => (values[name] === undefined ? whole : encodeURIComponent(values[name])));
}

/** Query string as Graph writes it: `$` system options kept literal, values encoded; a `+` the docs write stays a space. */
export function queryString(query: Record<string, string>): string {
  const parts = Object.keys(query)
    .sort()
    .map((k) => `${k}=${encodeURIComponent(query[k] ?? '').replace(/%24/g, '$').replace(/%2C/g, ',').replace(/%2B/g, '+')}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/** The HTTP request of a contract with its path parameters filled in. */
export function requestFor(contract: Contract, values: Record<string, string>, headers: Record<string, string>): HttpRequest {
  const { request, operation } = contract;
  // Some pages write the example path without its leading slash (`GET me/devices`).
  const path = request.path.startsWith('/') ? request.path : `/${request.path}`;
  const url = `/${operation.version}${fillPath(path, values)}${queryString(request.query)}`;
  const all: Record<string, string> = { ...request.headers, ...headers };
  if (request.body === undefined) return { method: request.method, url, headers: all };
  const body = typeof request.body === 'string' ? request.body : JSON.stringify(request.body);
  if (!Object.keys(all).some((h) => h.toLowerCase() === 'content-type')) all['Content-Type'] = 'application/json';
  return { method: request.method, url, headers: all, body };
}
