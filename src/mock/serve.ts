import { sameQuery } from '../contracts/peers.js';
import type { Contract } from '../contracts/types.js';
import { resolveAddress } from './address.js';
import { serveBinary } from './binary.js';
import { failure, type Exchange } from './exchange.js';
import { perform } from './crud.js';
import { isCollectionRoute } from './examples.js';
import type { Draft } from './drift.js';
import { driftFor } from './driftRequest.js';
import { parseJsonBody } from './jsonBody.js';
import { parseQuery } from './odata/query.js';
import { problem, type ProblemName } from './problems.js';
import { permissionDenied } from './permissions.js';
import { chooseContract, essence, readBody } from './request.js';
import { renderCollection, renderEntity, type RenderContext } from './render.js';
import { safeDecode, splitPath, type RouteNode } from './route.js';
import { storeKey } from './store.js';

/**
 * Routes a request by its path (literal segments before parameters), picks the documenting
 * page by what the request says, and answers from the store with the query options applied.
 */
export function serve(x: Exchange): Draft {
  const { state, method, path } = x;
  const segments = splitPath(path).map(safeDecode);
  const last = segments[segments.length - 1]?.toLowerCase();
  if (last === '$count' && method === 'GET') {
    const parent = state.router.match('GET', '/' + segments.slice(0, -1).join('/'));
    if (parent.kind === 'found' && isCollectionRoute(parent.route)) return count(x, segments.slice(0, -1));
  }
  let match = state.router.match(method, path);
  // A type cast (`…/microsoft.graph.group`) narrows any collection, documented with it or not.
  if (segments.length > 1 && /^microsoft\.graph\./i.test(last ?? '')) {
    const parent = state.router.match(method, '/' + segments.slice(0, -1).join('/'));
    if (parent.kind === 'found' && (match.kind !== 'found' || isCollectionRoute(parent.route))) match = parent;
  }
  if (method === 'DELETE' && match.kind !== 'found' && state.store.wasCreated(storeKey(path))) {
    // A create whose page set lacks the DELETE page: what a client created, it may remove (cleanup).
    state.store.delete(storeKey(path));
    return { status: 204, headers: {} };
  }
  if (match.kind === 'no-route') return failure(x, 'noRoute', `No documented operation matches ${method} /${x.version}${path}.`);
  if (match.kind === 'method-not-allowed') {
    return failure(x, 'methodNotAllowed', `${method} is not documented for /${x.version}${path}; documented: ${match.allow.join(', ')}.`, { allow: match.allow.join(', ') });
  }
  let parsed: unknown;
  if (x.req.body !== undefined && essence(x.headers['content-type']).endsWith('json') && x.req.body.trim() !== '') {
    const read = parseJsonBody(x.req.body);
    if (!read.ok) return failure(x, 'invalidBody', read.message);
    parsed = read.value;
  }
  const contract = chooseContract(match.route, match.contracts, x.search, state.set.schemas, parsed);
  const denied = state.enforcePermissions ? permissionDenied(contract, x.bearer) : undefined;
  if (denied) return failure(x, 'forbidden', denied);
  const drift = driftFor(state, `${method} ${path.toLowerCase()}`);
  // Built on every request, read only when the server drifts: the peers are worked out then.
  // The pages of this request are those of the answering page's own example path and those
  // documenting the route the request took with the same query options: a client checking the
  // answer by any of them (`/me/outlook/tasks` answered by a page whose example posts to
  // `/me/events`) must see the break.
  const documenting = match.contracts;
  const driftCtx = {
    contract,
    get peers() {
      return [...new Set([contract, ...state.peersOf(contract), ...documenting.filter((c) => sameQuery(c, contract))])];
    },
    schemas: state.set.schemas,
    slowMs: state.slowMs,
    problem: (name: ProblemName, message: string): Draft => ({ ...problem(name, message, x.ids), headers: {} }),
  };
  if (drift?.early) {
    const early: Draft = { status: 0, headers: {} };
    return { ...(drift.apply(early, driftCtx) ?? early), trace: { contract: contract.id, drift: drift.id } };
  }
  const draft = answer(x, contract, match.route, segments, parsed, drift === undefined);
  const traced = (d: Draft, applied?: string): Draft => ({ ...d, trace: { contract: contract.id, ...(applied ? { drift: applied } : {}) } });
  if (!drift || draft.status >= 400) return traced(draft, drift ? 'not-applicable' : undefined);
  const drifted = drift.apply(draft, driftCtx);
  return drifted ? traced(drifted, drift.id) : traced(draft, 'not-applicable');
}

function answer(x: Exchange, contract: Contract, route: RouteNode, segments: string[], parsed: unknown, serializable: boolean): Draft {
  const { state } = x;
  const last = segments[segments.length - 1]!.toLowerCase();
  const binary = serveBinary(x, contract, segments);
  if (binary) return binary;
  const read = readBody({ ...x.req, headers: x.headers }, contract, state.validator, parsed, route.methods.get(contract.request.method));
  if (!read.ok) return failure(x, read.problem, read.message);
  const query = parseQuery(x.search);
  if (!query.ok) return failure(x, 'badRequest', query.message, {}, query.code);
  const consistency = needsConsistency(x, route, query.options.count === true || query.options.search !== undefined);
  if (consistency) return consistency;
  const ref = last === '$ref';
  const address = resolveAddress(ref ? segments.slice(0, -1) : segments, state);
  const outcome = perform(
    {
      contract,
      route,
      address,
      body: read.body,
      ref,
      ...refQuery(x.search, route.methods.get(contract.request.method) ?? [contract]),
      keyOfUrl: (url) => keyOfGraphUrl(url, x),
      documentedExample: isDocumentedExample(read.body, route.methods.get(contract.request.method) ?? [contract]),
    },
    { schemas: state.set.schemas, validator: state.validator, store: state.store, newId: state.newId, now: state.now },
  );
  if ('problem' in outcome) return failure(x, outcome.problem, outcome.message);
  const render: RenderContext = { x, contract, options: query.options, serializable };
  if ('collection' in outcome) return renderCollection(render, outcome.status, outcome.collection);
  const draft = renderEntity(render, outcome.status, outcome.body, address.key);
  if (outcome.location === undefined) return draft;
  return { ...draft, headers: { ...draft.headers, location: outcome.location, ...(outcome.contentLocation ? { 'content-location': outcome.contentLocation } : {}) } };
}

/**
 * Graph answers advanced queries on directory objects (`$count`, `$search`) only with
 * `ConsistencyLevel: eventual`; the mock asks for it where the pages of this path document it.
 */
function needsConsistency(x: Exchange, route: RouteNode, advanced: boolean): Draft | undefined {
  if (!advanced || x.headers.consistencylevel?.toLowerCase() === 'eventual') return undefined;
  const documented = (route.methods.get(x.method) ?? []).some((c) => Object.keys(c.request.headers).some((h) => h.toLowerCase() === 'consistencylevel'));
  if (!documented) return undefined;
  return failure(x, 'badRequest', 'This query ($count, $search) needs the ConsistencyLevel header set to eventual.', {}, 'Request_UnsupportedQuery');
}

/** `GET …/$count`: the number of items of the collection (after `$filter`), as text. */
function count(x: Exchange, collection: string[]): Draft {
  const { state } = x;
  const parentPath = '/' + collection.join('/');
  const match = state.router.match('GET', parentPath);
  if (match.kind !== 'found') return failure(x, 'noRoute', `No documented collection at /${x.version}${parentPath} to count.`);
  const query = parseQuery(x.search);
  if (!query.ok) return failure(x, 'badRequest', query.message, {}, query.code);
  const consistency = needsConsistency({ ...x, method: 'GET' }, match.route, true) ?? needsConsistency(x, countRoute(x) ?? match.route, true);
  if (consistency) return consistency;
  const address = resolveAddress(collection, state);
  const contract = chooseContract(match.route, match.contracts, x.search, state.set.schemas);
  const outcome = perform({ contract, route: match.route, address }, { schemas: state.set.schemas, validator: state.validator, store: state.store, newId: state.newId, now: state.now });
  if ('problem' in outcome) return failure(x, outcome.problem, outcome.message);
  const items = 'collection' in outcome ? outcome.collection : { all: () => [] };
  const render: RenderContext = { x, contract, options: { ...query.options, top: undefined, skip: undefined } };
  const total = renderCollection(render, 200, items, true).body as number;
  const text = String(total);
  return { status: 200, headers: { 'content-type': 'text/plain' }, raw: text, body: text };
}

function countRoute(x: Exchange): RouteNode | undefined {
  const match = x.state.router.match('GET', x.path);
  return match.kind === 'found' ? match.route : undefined;
}

/** The store key of an absolute Graph URL (`https://graph.microsoft.com/v1.0/directoryObjects/{id}`). */
function keyOfGraphUrl(url: string, x: Exchange): string | undefined {
  const m = /^(?:https?:\/\/[^/]+)?\/(?:beta|v1\.0)(\/[^?]*)/i.exec(url);
  if (!m) return undefined;
  const segments = splitPath(m[1]!).map(safeDecode);
  const address = resolveAddress(segments, x.state);
  if (x.state.store.has(address.key)) return address.key;
  // `directoryObjects/{id}` names a user, group, … wherever it is stored.
  const id = segments[segments.length - 1];
  return id ? x.state.store.keysWithId(id)[0] : undefined;
}

/**
 * The body is the request example of one of the pages documenting this method on this path (not
 * only of the page the request was matched to: several examples share one path).
 */
function isDocumentedExample(body: unknown, documented: readonly Contract[]): boolean {
  const sent = JSON.stringify(body);
  return documented.some((c) => JSON.stringify(c.request.body) === sent);
}

/**
 * `DELETE …/$ref?$id=<url>` names the one reference to remove; the `$id` is documented when a
 * page of this path sends that very value in its example (a `{id}` template, as for `@odata.id`).
 */
function refQuery(search: string, documented: readonly Contract[]): { refId?: string; documentedRefId?: boolean } {
  const refId = new URLSearchParams(search).get('$id') ?? undefined;
  if (refId === undefined) return {};
  return { refId, documentedRefId: documented.some((c) => Object.entries(c.request.query).some(([k, v]) => k.trim().toLowerCase() === '$id' && v === refId)) };
}
