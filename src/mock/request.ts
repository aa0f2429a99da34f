import type { Contract } from '../contracts/types.js';
import type { SchemaValidator } from '../schemas/types.js';
import type { HttpRequest } from '../transport/types.js';
import type { ProblemName } from './problems.js';
import type { RouteNode } from './route.js';
import { CONTRACT_HEADER } from './types.js';

/** A request body accepted by {@link readBody}, or why it was refused. */
export type BodyResult = { ok: true; body?: unknown } | { ok: false; problem: ProblemName; message: string };

/** Media type without parameters, lower-cased: `application/json; charset=utf-8` → `application/json`. */
export const essence = (contentType: string | undefined): string => (contentType ?? '').split(';')[0]!.trim().toLowerCase();

function documentedContentType(contract: Contract): string | undefined {
  const entry = Object.entries(contract.request.headers).find(([name]) => name.toLowerCase() === 'content-type');
  return entry ? essence(entry[1]) : undefined;
}

/**
 * Enforces the documented request content type (415) and validates a JSON body against the
 * request schema (400 naming the property). PATCH bodies are partial, so `required` is not enforced.
 */
export function readBody(req: HttpRequest, contract: Contract, validator: SchemaValidator | undefined): BodyResult {
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
  let body: unknown;
  try {
    body = JSON.parse(req.body);
  } catch (err) {
    return { ok: false, problem: 'invalidBody', message: `Unable to read JSON request payload: ${(err as Error).message}` };
  }
  const schema = contract.request.schema;
  if (!schema || !validator?.has(schema)) return { ok: true, body };
  // The page's own example request is what the doc promises works, even where it disagrees
  // with the schema (a doc defect the build reports); any other body is validated.
  if (JSON.stringify(body) === JSON.stringify(contract.request.body)) return { ok: true, body };
  const issues = validator.validate(schema, body).filter((i) => !(contract.request.method === 'PATCH' && i.keyword === 'required'));
  const first = issues[0];
  if (!first) return { ok: true, body };
  const property = first.pointer.split('/').filter(Boolean).pop() ?? String(first.expected ?? '(body)');
  return { ok: false, problem: 'invalidBody', message: `Invalid value for property '${property}' at '${first.pointer || '/'}': ${first.message}` };
}

/**
 * Picks the contract that answers a request when several document the same method and path:
 * the one named by the contract header, else the best match: same query options, a page that
 * documents this path template, a real example, a page's first request, and an entity shown as
 * Graph sends it (some Intune pages wrap single entities in `value`).
 */
export function chooseContract(route: RouteNode, contracts: Contract[], req: HttpRequest, search: string): Contract {
  const pinned = req.headers[CONTRACT_HEADER];
  const byId = pinned ? contracts.find((c) => c.id === pinned) : undefined;
  if (byId || contracts.length === 1) return byId ?? contracts[0]!;
  const keys = [...new Set(new URLSearchParams(search).keys())].sort().join('&');
  const score = (c: Contract) =>
    (Object.keys(c.request.query).sort().join('&') === keys ? 16 : 0) +
    (route.documented.has(c) ? 8 : 0) +
    (c.origin === 'example' ? 4 : 0) +
    (c.id.includes('~') ? 0 : 2) +
    (wrapsEntity(c) ? 0 : 1);
  return contracts.reduce((best, c) => (score(c) > score(best) ? c : best));
}

function wrapsEntity(c: Contract): boolean {
  const example = c.response.example;
  return c.response.body === 'entity' && typeof example === 'object' && example !== null && Object.keys(example).join() === 'value';
}
