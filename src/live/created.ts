import type { HttpRequest, HttpResponse } from '../transport/types.js';

/**
 * The URL of the resource a write created, or undefined when it created none: Graph answers a
 * create with 201 and the new entity (its `id`), often with a `Location` header. A PUT that creates
 * (201) creates the resource at its own URL.
 */
export function createdResourceUrl(request: HttpRequest, response: HttpResponse, baseUrl: string): string | undefined {
  if (response.status !== 201) return undefined;
  const method = request.method.toUpperCase();
  const path = request.url.split('?')[0]!;
  if (method === 'PUT') return path;
  if (method !== 'POST') return undefined;
  const location = response.headers.location;
  if (location) {
    const url = new URL(location, baseUrl + path);
    const base = new URL(baseUrl);
    if (url.origin === base.origin) return url.pathname.slice(base.pathname.replace(/\/$/, '').length);
  }
  const id = (response.json as { id?: unknown } | undefined)?.id;
  if (typeof id === 'string' && id) return `${path.replace(/\/$/, '')}/${encodeURIComponent(id)}`;
  return undefined;
}
