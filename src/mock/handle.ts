import type { Contract } from '../contracts/types.js';
import type { HttpRequest } from '../transport/types.js';
import { perform } from './crud.js';
import { DRIFT_MODES, type Draft } from './drift.js';
import { chooseDrift } from './driftRequest.js';
import { maskEvolvableMembers, prefersUnknownMembers, repairEnumMembers } from './enums.js';
import { problem, type ProblemName } from './problems.js';
import { chooseContract, readBody } from './request.js';
import { VERSIONS } from './route.js';
import type { MockState } from './state.js';
import { permissionDenied } from './permissions.js';
import { keyOf, storeKey } from './store.js';
import { CONTRACT_HEADER, DRIFT_HEADER, type MockResponse } from './types.js';

/** Content type Graph sends with JSON bodies. */
export const GRAPH_JSON = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

const DIAGNOSTIC = JSON.stringify({ ServerInfo: { DataCenter: 'Local', Slice: 'E', Ring: '0', ScaleUnit: '000', RoleInstance: 'graph-contracts-mock' } });

/**
 * The mock tenant: answers one request from the contracts and the store, as Graph would,
 * including the drift mode chosen for it. Pure apart from the store it is handed (no I/O).
 *
 * Two answers do not come from a contract. A JWT bearer whose permission type the page marks
 * "Not supported." gets 403 (unless `permissions: 'ignore'`). And a DELETE of an entity a client
 * created is answered 204 even when the set holds no DELETE page for it: Graph documents a DELETE
 * for what its creates make (on a page a filtered set may not include), a live run's cleanup
 * relies on it, and only client-created entities qualify, so seed data stays and a DELETE at a
 * URL where nothing was created is still a 404/405: the store shows whether cleanup hit the right URLs.
 */
export function handle(req: HttpRequest, state: MockState): MockResponse {
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
  const [, version, ...rest] = pathname.split('/');
  if (!VERSIONS.includes(version as (typeof VERSIONS)[number])) {
    return fail('noRoute', `Invalid version '${version ?? ''}': the mock serves /beta and /v1.0.`);
  }
  const path = '/' + rest.join('/');
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization ?? '')?.[1];
  if (!bearer) return fail('unauthenticated', 'Access token is empty.');
  if (!state.acceptToken(bearer)) return fail('unauthenticated', 'Access token validation failure.');

  const method = req.method.toUpperCase();
  const match = state.router.match(method, path);
  if (method === 'DELETE' && match.kind !== 'found' && state.store.wasCreated(storeKey(path))) {
    // A create whose page set lacks the DELETE page: what a client created, it may remove (cleanup).
    state.store.delete(storeKey(path));
    return finish({ status: 204, headers: {} }, ids);
  }
  if (match.kind === 'no-route') return fail('noRoute', `No documented operation matches ${method} /${version}${path}.`);
  if (match.kind === 'method-not-allowed') {
    return fail('methodNotAllowed', `${method} is not documented for /${version}${path}; documented: ${match.allow.join(', ')}.`, { allow: match.allow.join(', ') });
  }
  // Docs of both versions: only the request's own version's pages answer it (kept apart, as in Graph).
  const eligible = holdsVersions(state) ? match.contracts.filter((c) => c.operation.version === version) : match.contracts;
  if (eligible.length === 0) {
    const allow = [...match.route.methods].filter(([, cs]) => cs.some((c) => c.operation.version === version)).map(([m]) => m).sort();
    if (allow.length === 0) return fail('noRoute', `No documented operation matches ${method} /${version}${path}.`);
    return fail('methodNotAllowed', `${method} is not documented for /${version}${path}; documented: ${allow.join(', ')}.`, { allow: allow.join(', ') });
  }
  const contract = chooseContract(match.route, eligible, { ...req, headers }, search);
  const denied = state.enforcePermissions ? permissionDenied(contract, bearer) : undefined;
  if (denied) return fail('forbidden', denied);
  const choice = chooseDrift(headers[DRIFT_HEADER] ?? state.drift ?? 'none', state.driftCounters, `${method} ${path.toLowerCase()}`);
  if (!choice.ok) return fail('badRequest', `${choice.message} in ${DRIFT_HEADER}; modes: none, ${DRIFT_MODES.join(', ')}.`);
  const drift = choice.drift;
  const driftCtx = {
    contract,
    schemas: state.set.schemas,
    slowMs: choice.slowMs ?? state.slowMs,
    problem: (name: ProblemName, message: string): Draft => ({ ...problem(name, message, ids), headers: {} }),
  };
  if (drift?.early) {
    const early: Draft = { status: 0, headers: {} };
    return finish(withDriftHeader(drift.apply(early, driftCtx) ?? early, drift.id), ids);
  }

  const read = readBody({ ...req, headers }, contract, state.validator);
  if (!read.ok) return fail(read.problem, read.message);
  const pinned = headers[CONTRACT_HEADER] === contract.id;
  const crud = { schemas: state.set.schemas, store: state.store, validator: state.validator, newId: state.newId, reseed: state.reseed };
  const outcome = perform({ contract, route: match.route, key: keyOf(match.segments), body: read.body, pinned }, crud);
  if ('problem' in outcome) return fail(outcome.problem, outcome.message);

  const draft = success(outcome.status, outcome.body, contract, version!, path, prefersUnknownMembers(headers.prefer));
  if (!drift) return finish(draft, ids);
  const drifted = drift.apply(draft, driftCtx);
  return finish(drifted ? withDriftHeader(drifted, drift.id) : withDriftHeader(draft, 'not-applicable'), ids);
}

const severalVersions = new WeakMap<MockState, boolean>();

/** True when the set documents both API versions: then each version answers only from its own pages. */
function holdsVersions(state: MockState): boolean {
  let several = severalVersions.get(state);
  if (several === undefined) severalVersions.set(state, (several = new Set(state.set.contracts.map((c) => c.operation.version)).size > 1));
  return several;
}

function success(status: number, body: unknown, contract: Contract, version: string, path: string, preferUnknown: boolean): Draft {
  if (body === undefined) return { status, headers: {} };
  const contentType = contract.response.contentType;
  if (contentType && !contentType.includes('json') && status < 400) {
    // `$count`, `$value` and XML answers: the store keeps JSON resources, so the documented text is the answer.
    const example = contract.response.example;
    const text = typeof body === 'string' ? body : typeof example === 'string' ? example : path.endsWith('/$count') ? '0' : '';
    return { status, headers: { 'content-type': contentType }, body: text, raw: text };
  }
  body = maskEvolvableMembers(repairEnumMembers(body, contract), contract, preferUnknown);
  const kind = contract.response.body;
  if (status >= 400) return { status, headers: { 'content-type': GRAPH_JSON }, body };
  if ((kind === 'entity' || kind === 'collection') && typeof body === 'object' && body !== null) {
    const context = `https://graph.microsoft.com/${version}/$metadata#${path.slice(1)}${kind === 'entity' ? '/$entity' : ''}`;
    body = { '@odata.context': context, ...body };
  }
  return { status, headers: { 'content-type': GRAPH_JSON }, body };
}

function withDriftHeader(draft: Draft, value: string): Draft {
  return { ...draft, headers: { ...draft.headers, [DRIFT_HEADER]: value } };
}

function finish(draft: Draft, ids: { requestId: string; clientRequestId: string }): MockResponse {
  const headers: Record<string, string> = {
    'request-id': ids.requestId,
    'client-request-id': ids.clientRequestId,
    'x-ms-ags-diagnostic': DIAGNOSTIC,
    'odata-version': '4.0',
  };
  let body = draft.raw ?? '';
  if (draft.raw === undefined && draft.body !== undefined) {
    body = JSON.stringify(draft.body);
    headers['content-type'] = GRAPH_JSON;
  }
  Object.assign(headers, draft.headers);
  return { status: draft.status, headers, body, ...(draft.fault ? { fault: draft.fault } : {}) };
}

function lowerKeys(h: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h)) out[k.toLowerCase()] = v;
  return out;
}
