import type { Contract } from '../contracts/types.js';
import type { SchemaValidator } from '../schemas/types.js';
import type { HttpRequest } from '../transport/types.js';
import type { ProblemName } from './problems.js';
import { splitPath, type RouteNode } from './route.js';
import { isCollectionRoute } from './examples.js';
import type { SchemaSet } from '../schemas/types.js';
import { parseJsonBody } from './jsonBody.js';
import { isOfType } from '../schemas/view/typeOf.js';

/** A request body accepted by {@link readBody}, or why it was refused. */
export type BodyResult = { ok: true; body?: unknown } | { ok: false; problem: ProblemName; message: string };

/** Media type without parameters, lower-cased: `application/json; charset=utf-8` → `application/json`. */
export const essence = (contentType: string | undefined): string => (contentType ?? '').split(';')[0]!.trim().toLowerCase();

function documentedContentType(contract: Contract): string | undefined {
  const entry = Object.entries(contract.request.headers).find(([name]) => name.toLowerCase() === 'content-type');
  return entry ? essence(entry[1]) : undefined;
}

/**
 * Enforces the documented request content type (415) and validates a JSON body (parsed by
 * {@link parseJsonBody} ahead of routing) against the request schema (400 naming the property).
 * PATCH bodies are partial, so `required` is not enforced.
 */
export function readBody(req: HttpRequest, contract: Contract, validator: SchemaValidator | undefined, parsed: unknown, examples: readonly Contract[] = [contract]): BodyResult {
  if (req.body === undefined || req.body.trim() === '') return { ok: true };
  const documented = documentedContentType(contract);
  const expected = documented ?? 'application/json';
  const actual = essence(req.headers['content-type']);
  // Pages whose example sends a body without Content-Type get the benefit of the doubt.
  if (actual !== expected && (actual !== '' || documented !== undefined)) {
    const sent = actual === '' ? 'no Content-Type' : `Content-Type '${actual}'`;
    return { ok: false, problem: 'unsupportedMediaType', message: `The request has ${sent}; this operation takes '${expected}'.` };
  }
  if (!expected.endsWith('json')) return { ok: true, body: req.body };
  let body = parsed;
  if (body === undefined) {
    const read = parseJsonBody(req.body);
    if (!read.ok) return { ok: false, problem: 'invalidBody', message: read.message };
    body = read.value;
  }
  const schema = contract.request.schema;
  if (!schema || !validator?.has(schema)) return { ok: true, body };
  // A page's own example request (of any page documenting this request) is what the doc
  // promises works, even where it disagrees with the schema (a doc defect the build reports);
  // any other body is validated.
  const text = JSON.stringify(body);
  if (examples.some((c) => c.request.body !== undefined && JSON.stringify(c.request.body) === text)) return { ok: true, body };
  // Graph reads enum members case-insensitively (`"contentType": "HTML"`).
  const caseOnly = (i: { keyword: string; expected?: unknown; actual?: unknown }) =>
    i.keyword === 'enum' && Array.isArray(i.expected) && typeof i.actual === 'string' && i.expected.some((m) => typeof m === 'string' && m.toLowerCase() === (i.actual as string).toLowerCase());
  const issues = validator.validate(schema, body).filter((i) => !(contract.request.method === 'PATCH' && i.keyword === 'required') && !caseOnly(i));
  const first = issues[0];
  if (!first) return { ok: true, body };
  const property = first.pointer.split('/').filter(Boolean).pop() ?? String(first.expected ?? '(body)');
  return { ok: false, problem: 'invalidBody', message: `Invalid value for property '${property}' at '${first.pointer || '/'}': ${first.message}` };
}

/**
 * Picks the contract that answers a request when several pages document the same method and
 * path, from the request alone, as Graph decides by what the request says: the type a body
 * names in `@odata.type` (pages of derived types share a collection), whether a body is sent,
 * the same query options,
 * a page that documents this path template, a real example, a page's first request, an entity
 * shown as Graph sends it (some Intune pages wrap single entities in `value`), and, when all
 * that ties, the most general type (a read of a shared collection is the base type's list).
 */
export function chooseContract(route: RouteNode, contracts: Contract[], search: string, schemas: SchemaSet, body?: unknown): Contract {
  if (contracts.length === 1) return contracts[0]!;
  const keys = [...new Set(new URLSearchParams(search).keys())].map((k) => k.toLowerCase()).sort().join('&');
  const posted = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)['@odata.type'] : undefined;
  const bodyType = typeof posted === 'string' ? posted.replace(/^#?microsoft\.graph\./i, '').toLowerCase() : undefined;
  let memo = choices.get(contracts);
  if (!memo) choices.set(contracts, (memo = new Map()));
  const sent = body !== undefined;
  const memoKey = `${search}|${bodyType ?? ''}|${sent}`;
  if (memo.size > 1000) memo.clear();
  let chosen = memo.get(memoKey);
  if (!chosen) memo.set(memoKey, (chosen = best(route, contracts, search, keys, bodyType, schemas, sent)));
  return chosen;
}

/** Choices per route method's contract list, by query keys and body type: the same request always gets the same page. */
const choices = new WeakMap<Contract[], Map<string, Contract>>();

function best(route: RouteNode, contracts: Contract[], search: string, keys: string, bodyType: string | undefined, schemas: SchemaSet, sent: boolean): Contract {
  const general = (c: Contract) => !contracts.some((o) => o !== c && o.response.type && c.response.type && o.response.type !== c.response.type && isOfType(schemas, c.response.type, o.response.type));
  const asked = new Set(keys.split('&').filter(Boolean));
  const values = new Map([...new URLSearchParams(search)].map(([k, v]) => [k.toLowerCase(), v.toLowerCase()]));
  // A read of a collection path is answered as a collection, whatever a page's example shows.
  const reading = contracts.some((c) => c.request.method === 'GET');
  const listing = reading && isCollectionRoute(route);
  const queryScore = (c: Contract) => {
    const documented = Object.keys(c.request.query).map((k) => k.toLowerCase());
    // The same options with the same values (`$format=text/csv` vs `$format=application/json`) fit best.
    if (documented.sort().join('&') === keys) return Object.entries(c.request.query).every(([k, v]) => values.get(k.toLowerCase()) === v.toLowerCase()) ? 48 : 16;
    return documented.filter((k) => asked.has(k)).length * 2 - documented.filter((k) => !asked.has(k)).length;
  };
  const score = (c: Contract) =>
    (bodyType !== undefined && typeOfBody(c) === bodyType ? 64 : 0) +
    // A request without a body is the example that sends none (a system-generated password reset).
    (!reading && sent === (c.request.body !== undefined) ? 16 : 0) +
    (reading && c.response.body === (listing ? 'collection' : 'entity') ? 32 : 0) +
    queryScore(c) +
    (route.documented.has(c) ? 8 : 0) +
    (namesType(route, c) ? 4 : 0) +
    (c.origin === 'example' ? 4 : 0) +
    (c.id.includes('~') ? 0 : 2) +
    (wrapsEntity(c) ? 0 : 1) +
    (general(c) ? 0.5 : 0);
  let best = contracts[0]!;
  let bestScore = score(best);
  for (const c of contracts.slice(1)) {
    const s = score(c);
    if (s > bestScore) [best, bestScore] = [c, s];
  }
  return best;
}

/**
 * The path names the contract's type, as Graph names entity sets and navigation properties
 * after their type (`/users/{id}` holds a user, `/me/drive` a drive): the last named segment,
 * singular or plural, is the type's name.
 */
function namesType(route: RouteNode, c: Contract): boolean {
  const type = c.response.type?.toLowerCase();
  if (!type) return false;
  const named = splitPath(route.template).filter((s) => !s.includes('{') && !s.startsWith('$'));
  const last = named[named.length - 1]?.toLowerCase().replace(/\(.*$/, '');
  return last !== undefined && (last === type || last === `${type}s` || last === `${type}es` || (type.endsWith('y') && last === `${type.slice(0, -1)}ies`));
}

/** The type a contract's example request body names, else its response type (lower-cased, unqualified). */
function typeOfBody(c: Contract): string | undefined {
  const named = (c.request.body as Record<string, unknown> | undefined)?.['@odata.type'];
  const type = typeof named === 'string' ? named : c.response.type;
  return type?.replace(/^#?microsoft\.graph\./i, '').toLowerCase();
}

function wrapsEntity(c: Contract): boolean {
  const example = c.response.example;
  return c.response.body === 'entity' && typeof example === 'object' && example !== null && Object.keys(example).join() === 'value';
}
