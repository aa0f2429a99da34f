import { handleBatch } from './batch.js';
import { servePreAuthenticated } from './binary.js';
import type { Draft } from './drift.js';
import { problem, type ProblemName } from './problems.js';
import { GRAPH_JSON } from './json.js';
import { safeDecode, VERSIONS } from './route.js';
import type { Exchange } from './exchange.js';
import { serve } from './serve.js';
import type { MockState } from './state.js';
import type { MockRequest, MockResponse } from './types.js';

export { GRAPH_JSON } from './json.js';

/** Where the mock's absolute links point when the adapter did not say (in-process use). */
export const GRAPH_ORIGIN = 'https://graph.microsoft.com';

const DIAGNOSTIC = JSON.stringify({ ServerInfo: { DataCenter: 'Local', Slice: 'E', Ring: '0', ScaleUnit: '000', RoleInstance: 'graph-contracts-mock' } });

/**
 * The mock tenant: answers one request from the contracts and the store, as Graph would, by
 * the request alone (method, path, query, body; no header of ours chooses anything), with the
 * server's drift mode. Pure apart from the state it is handed (no I/O).
 *
 * Two answers do not come from a contract. A JWT bearer whose permission type the page marks
 * "Not supported." gets 403 (unless `permissions: 'ignore'`). And a DELETE of an entity a client
 * created is answered 204 even when the set holds no DELETE page for it: Graph documents a DELETE
 * for what its creates make (on a page a filtered set may not include), a live run's cleanup
 * relies on it, and only client-created entities qualify, so seed data stays and a DELETE at a
 * URL where nothing was created is still a 404/405: the store shows whether cleanup hit the right URLs.
 */
export function handle(req: MockRequest, state: MockState): MockResponse {
  const requestId = state.newId();
  const headers = lowerKeys(req.headers);
  const ids = { requestId, clientRequestId: headers['client-request-id'] ?? requestId, date: state.now() };
  const fail = (name: ProblemName, message: string, extra: Record<string, string> = {}): MockResponse => {
    const p = problem(name, message, ids);
    return finish({ status: p.status, headers: extra, body: p.body }, ids);
  };

  const q = req.url.indexOf('?');
  const pathname = q < 0 ? req.url : req.url.slice(0, q);
  const search = q < 0 ? '' : req.url.slice(q + 1);
  // Download and upload-session URLs are pre-authenticated, as Graph's are: no token needed.
  const open = servePreAuthenticated(req, pathname, state.versions ? issuerOf(state, pathname) : state);
  if (open) return finish(open, ids);
  const [, version, ...rest] = pathname.split('/');
  if (!VERSIONS.includes(version as (typeof VERSIONS)[number])) {
    return fail('noRoute', `Invalid version '${version ?? ''}': the mock serves /beta and /v1.0.`);
  }
  const path = '/' + rest.join('/');
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization ?? '')?.[1];
  if (!bearer) return fail('unauthenticated', 'Access token is empty.');
  if (!state.acceptToken(bearer)) return fail('unauthenticated', 'Access token validation failure.');

  // Docs of both versions: each version answers from its own pages and store (kept apart, as in Graph).
  const own = state.versions?.get(version!) ?? state;
  const exchange: Exchange = { req, headers, method: req.method.toUpperCase(), version: version!, path, search, bearer, origin: req.origin ?? GRAPH_ORIGIN, ids, state: own };
  if (path.toLowerCase() === '/$batch') {
    if (exchange.method !== 'POST') return fail('methodNotAllowed', `${exchange.method} is not supported for /${version}/$batch; use POST.`, { allow: 'POST' });
    return finish(handleBatch(exchange, (inner) => handle(inner, state)), ids);
  }
  const draft = serve(exchange);
  return finish(draft, ids);
}

/** The version's state that issued a pre-authenticated URL (its download token or upload session), else the first. */
function issuerOf(state: MockState, pathname: string): MockState {
  const id = safeDecode(pathname.split('/')[2] ?? '');
  return [...state.versions!.values()].find((v) => v.content.issued(id)) ?? state;
}

/** Adds the headers every Graph response has and serializes the body. */
export function finish(draft: Draft, ids: { requestId: string; clientRequestId: string }): MockResponse {
  const headers: Record<string, string> = {
    'request-id': ids.requestId,
    'client-request-id': ids.clientRequestId,
    'x-ms-ags-diagnostic': DIAGNOSTIC,
    'odata-version': '4.0',
  };
  let body = draft.raw ?? '';
  if (draft.raw === undefined && draft.body !== undefined && draft.bytes === undefined) {
    body = JSON.stringify(draft.body);
    headers['content-type'] = GRAPH_JSON;
  }
  Object.assign(headers, draft.headers);
  return {
    status: draft.status,
    headers,
    body,
    ...(draft.bytes ? { bytes: draft.bytes } : {}),
    ...(draft.fault ? { fault: draft.fault } : {}),
    ...(draft.trace ? { trace: draft.trace } : {}),
  };
}

/** Header names lower-cased (HTTP names are case-insensitive; Node gives them lower-cased already). */
export function lowerKeys(h: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h)) out[k.toLowerCase()] = v;
  return out;
}
