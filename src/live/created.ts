import type { Contract } from '../contracts/types.js';
import type { HttpRequest, HttpResponse } from '../transport/types.js';

/**
 * Matchers for the creates that make the entity of a single-valued navigation property: a
 * documented POST on a path whose documented GET answers one entity, not a collection
 * (`POST /education/synchronizationProfiles/{id}/profileStatus`). What such a POST creates lives
 * at the POST's own URL; a POST on a collection creates `<collection>/<id>`.
 */
export function singleValuedCreates(contracts: readonly Contract[]): RegExp[] {
  return postMatchers(contracts, (_post, bodies) => bodies.includes('entity') && !bodies.includes('collection'));
}

/**
 * Matchers for documented asynchronous creates: a POST documented to answer `202 Accepted` on a
 * path whose documented GET lists a collection (`POST /teams`), as opposed to a 202 action
 * (`POST /me/sendMail`, which has no GET). Such a create names its resource in `Content-Location`
 * (see `createdResourceUrl`); an answer that does not leaves something the run cannot delete.
 */
export function asyncCreates(contracts: readonly Contract[]): RegExp[] {
  return postMatchers(contracts, (post, bodies) => post.response.status === 202 && bodies.includes('collection'));
}

/**
 * Matchers for documented creates on a collection: a POST on a path whose documented GET lists a
 * collection, or under which the docs address items (`.../statusHistory/{id}`). Such a POST makes
 * `<collection>/<id>`; other POSTs are actions on the resource they address (`/devices/{id}/wipe`,
 * `/groups/{id}/members/$ref`).
 */
export function collectionCreates(contracts: readonly Contract[]): RegExp[] {
  const itemParents = new Set<string>();
  for (const c of contracts) {
    const s = shapeOf(c);
    for (let at = s.indexOf('/{}'); at > 0; at = s.indexOf('/{}', at + 1)) itemParents.add(s.slice(0, at));
  }
  return postMatchers(contracts, (post, bodies) => bodies.includes('collection') || itemParents.has(shapeOf(post)), true);
}

/** Matchers for documented PUTs that create (answer 201 or 202): the resource is at the PUT's own URL. */
export function putCreates(contracts: readonly Contract[]): RegExp[] {
  return matchers(contracts.filter((c) => c.request.method === 'PUT' && (c.response.status === 201 || c.response.status === 202)).map(shapeOf));
}

/** Where the creates of a run's contracts put their resource (see `createdResourceUrl`, `classify`). */
export interface CreateMatchers {
  /** See `singleValuedCreates`. */
  singleValued: RegExp[];
  /** See `asyncCreates`. */
  asyncCreates: RegExp[];
  /** See `collectionCreates`. */
  collections: RegExp[];
  /** See `putCreates`. */
  puts: RegExp[];
}

/** The create matchers of a contract set. */
export function createMatchers(contracts: readonly Contract[]): CreateMatchers {
  return { singleValued: singleValuedCreates(contracts), asyncCreates: asyncCreates(contracts), collections: collectionCreates(contracts), puts: putCreates(contracts) };
}

/** `/beta/things/{}/parts`: a contract's path with the version, placeholders as `{}`, lower-cased. */
export function shapeOf(c: Contract): string {
  return `/${c.operation.version}${c.request.path}`.replace(/\{[^}]*\}/g, '{}').toLowerCase();
}

/**
 * Path matchers of the POST contracts `keep` accepts, given the bodies of the GETs on the same
 * path (`withoutGet`: also POSTs that have no GET).
 */
function postMatchers(contracts: readonly Contract[], keep: (post: Contract, getBodies: Contract['response']['body'][]) => boolean, withoutGet = false): RegExp[] {
  const gets = new Map<string, Contract['response']['body'][]>();
  for (const c of contracts) if (c.request.method === 'GET') gets.set(shapeOf(c), [...(gets.get(shapeOf(c)) ?? []), c.response.body]);
  const kept = new Set<string>();
  for (const c of contracts) {
    const bodies = c.request.method === 'POST' ? (gets.get(shapeOf(c)) ?? (withoutGet ? [] : undefined)) : undefined;
    if (bodies && keep(c, bodies)) kept.add(shapeOf(c));
  }
  return matchers([...kept]);
}

/** One case-insensitive matcher per shape: `{}` matches one path segment, a trailing slash is optional. */
function matchers(shapes: string[]): RegExp[] {
  return [...new Set(shapes)].sort().map((s) => new RegExp(`^${s.split('{}').map(escape).join('[^/]+')}/?$`, 'i'));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The URL (relative to `baseUrl`, as a transport takes it) of the resource a write created, or
 * undefined when it created none. Graph answers a create with 201 and the new entity; in order:
 * 1. `Location` (OData: the created entity's edit or read URL),
 * 2. `@odata.editLink`, then `@odata.id` in the body (OData: edit URL, else the id is the read URL),
 *    when they point under this service's `/beta` or `/v1.0` (the directory's
 *    `https://graph.microsoft.com/v2/<tenant>/directoryObjects/...` ids do not),
 * 3. the POST's own URL when it targets a single-valued navigation property (`singleValued`),
 * 4. the collection named by `@odata.context` (`$metadata#users('1')/messages/$entity`) plus the
 *    id: right also for bound actions that create elsewhere (`.../messages/{id}/createReply`),
 * 5. the POST's URL plus the id: an entity set or a collection-valued navigation property, where
 *    OData addresses the item as `<collection>/<key>` whether contained or not.
 * A PUT that answers 201 created the resource at its own URL. A POST answered `202 Accepted`
 * creates asynchronously (`POST /teams`): the resource is at `Content-Location`, else at a
 * `Location` that is not the operation to poll (`/teams('id')/operations('op')`); Graph writes
 * both without the version (`/teams('id')`), which is the request's.
 */
export function createdResourceUrl(request: HttpRequest, response: HttpResponse, baseUrl: string, singleValued: readonly RegExp[] = []): string | undefined {
  const method = request.method.toUpperCase();
  const path = request.url.split('?')[0]!;
  const version = path.split('/')[1] ?? '';
  if (response.status === 202 && method === 'POST') return acceptedResourceUrl(response, path, version, baseUrl);
  if (response.status !== 201) return undefined;
  if (method === 'PUT') return path;
  if (method !== 'POST') return undefined;
  const body = (typeof response.json === 'object' && response.json !== null ? response.json : {}) as Record<string, unknown>;
  const root = `${baseUrl.replace(/\/$/, '')}/${version}/`;
  const links: [unknown, string][] = [[response.headers.location, baseUrl + path], [body['@odata.editLink'], root], [body['@odata.id'], root]];
  for (const [link, against] of links) {
    const url = typeof link === 'string' && link ? servicePath(link, against, baseUrl) : undefined;
    if (url) return url;
  }
  if (singleValued.some((re) => re.test(path))) return path;
  const id = body.id;
  if (typeof id !== 'string' || !id) return undefined;
  return `${contextCollection(body['@odata.context'], version) ?? path.replace(/\/$/, '')}/${encodeURIComponent(id)}`;
}

function acceptedResourceUrl(response: HttpResponse, path: string, version: string, baseUrl: string): string | undefined {
  const location = response.headers.location;
  const links = [response.headers['content-location'], typeof location === 'string' && !/\/operations(\(|\/|$)/i.test(location.split('?')[0]!) ? location : undefined];
  for (const link of links) {
    if (typeof link !== 'string' || !link) continue;
    const versioned = link.startsWith('/') && !/^\/(beta|v1\.0)\//.test(link) ? `/${version}${link}` : link;
    const url = servicePath(versioned, baseUrl + path, baseUrl);
    if (url) return url;
  }
  return undefined;
}

/**
 * `link` resolved against `against`, as a path under `baseUrl` starting with a Graph version (with
 * its query when `withQuery`: a next page link); else undefined.
 */
export function servicePath(link: string, against: string, baseUrl: string, withQuery = false): string | undefined {
  let url: URL;
  try {
    url = new URL(link, against);
  } catch {
    return undefined;
  }
  const base = new URL(baseUrl);
  const prefix = base.pathname.replace(/\/$/, '');
  if (url.origin !== base.origin || !url.pathname.startsWith(`${prefix}/`)) return undefined;
  const rest = url.pathname.slice(prefix.length);
  if (!/^\/(beta|v1\.0)\//.test(rest)) return undefined;
  return withQuery ? rest + url.search : rest;
}

/**
 * The collection of an entity from its context URL `<service>/$metadata#<path>/$entity`, as a
 * path under `version`; undefined for contexts that are not a plain path (type casts, `Collection(...)`).
 */
function contextCollection(context: unknown, version: string): string | undefined {
  if (typeof context !== 'string') return undefined;
  const fragment = context.slice(context.indexOf('#') + 1);
  if (!context.includes('#') || !fragment.endsWith('/$entity')) return undefined;
  const path = fragment.slice(0, -'/$entity'.length);
  if (!path || path.includes('$') || path.split('/').some((s) => /^[A-Za-z]\w*\.[\w.]+$/.test(s) || s.startsWith('Collection('))) return undefined;
  return `/${version}/${path}`;
}
