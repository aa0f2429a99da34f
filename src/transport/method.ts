import type { HttpRequest } from './types.js';

/**
 * Headers that make a server treat a request as another method (OData, ASP.NET, Google APIs): a
 * `GET` carrying `X-HTTP-Method-Override: DELETE` deletes. They count as the method they name.
 */
const OVERRIDE_HEADERS = new Set(['x-http-method-override', 'x-http-method', 'x-method-override']);

/** Every method a request may be treated as: its own and those its override headers name, upper-cased. */
export function methodsOf(request: Pick<HttpRequest, 'method' | 'headers'>): string[] {
  const methods = [request.method.toUpperCase()];
  for (const [name, value] of Object.entries(request.headers)) {
    if (OVERRIDE_HEADERS.has(name.toLowerCase()) && value.trim()) methods.push(value.trim().toUpperCase());
  }
  return methods;
}

/** The method a server acts on: the last override header's, else the request's own. */
export function effectiveMethod(request: Pick<HttpRequest, 'method' | 'headers'>): string {
  return methodsOf(request).at(-1)!;
}

/** A request that can change nothing: GET, and no override header naming anything else. */
export function isReadOnly(request: Pick<HttpRequest, 'method' | 'headers'>): boolean {
  return methodsOf(request).every((m) => m === 'GET');
}

/** Methods whose requests carry no body by convention; the Fetch standard refuses one on GET and HEAD. */
const BODILESS = new Set(['GET', 'HEAD', 'DELETE']);

/**
 * What a report should say about how a request went out, when it is unusual: a GET (or HEAD,
 * DELETE) with a body, as some pages document it (the workbook `range` functions). Many clients
 * cannot send it at all; ours sends it as documented, and the transcript says so.
 */
export function requestNote(request: Pick<HttpRequest, 'method' | 'body'>): string | undefined {
  const method = request.method.toUpperCase();
  if (!BODILESS.has(method) || request.body === undefined || request.body === '') return undefined;
  return `${method} request with a body, sent as the page documents it (with Content-Length)`;
}
