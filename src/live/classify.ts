import { effectiveMethod, isReadOnly } from '../transport/method.js';
import type { HttpRequest } from '../transport/types.js';
import { isObject } from '../util/json.js';
import type { CreateMatchers } from './created.js';
import type { CreateIntent } from './ledger.js';

/**
 * What a request does to the tenant, decided before it is sent:
 * - `read`: a GET, with no method-override header naming anything else;
 * - `create`: a documented create (see `CreateMatchers`): it may go anywhere the write gate allows;
 * - `write`: any other write (PATCH, PUT, DELETE, an action): it may go only to a resource the run
 *   created or one the fixtures mark disposable (`target` is the path it writes to);
 * - `batch`: a JSON `$batch`, judged by its inner requests; `unreadable` when they cannot be read.
 */
export type RequestKind =
  | { kind: 'read' }
  | { kind: 'create'; method: string; create: CreateIntent }
  | { kind: 'write'; method: string; target: string }
  | { kind: 'batch'; requests: BatchItem[] }
  | { kind: 'unreadable'; reason: string };

/** One inner request of a JSON batch, as a request of its own. */
export interface BatchItem {
  /** The inner request's `id`. */
  id: string;
  request: HttpRequest;
}

const BATCH = /^\/(beta|v1\.0)\/\$batch\/?$/i;

/** Classifies a request against the creates the run's contracts document. Pure. */
export function classify(request: HttpRequest, creates: CreateMatchers): RequestKind {
  if (isReadOnly(request)) return { kind: 'read' };
  const method = effectiveMethod(request);
  const path = request.url.split('?')[0]!;
  if (method === 'POST' && BATCH.test(path)) return batchOf(request, BATCH.exec(path)![1]!);
  if (method === 'POST' && creates.singleValued.some((re) => re.test(path))) return { kind: 'create', method, create: { at: path } };
  if (method === 'POST' && creates.collections.some((re) => re.test(path))) return { kind: 'create', method, create: { collection: path.replace(/\/$/, '') } };
  if (method === 'PUT' && creates.puts.some((re) => re.test(path))) return { kind: 'create', method, create: { at: path } };
  return { kind: 'write', method, target: path };
}

/**
 * The inner requests of a JSON batch (`{"requests": [{id, method, url, headers, body}]}`), each
 * with its URL under the batch's version. Graph takes no other batch format.
 * https://learn.microsoft.com/graph/json-batching
 */
function batchOf(request: HttpRequest, version: string): RequestKind {
  let parsed: unknown;
  try {
    parsed = JSON.parse(request.body ?? '');
  } catch {
    return { kind: 'unreadable', reason: 'its body is not JSON' };
  }
  const items = isObject(parsed) ? parsed.requests : undefined;
  if (!Array.isArray(items)) return { kind: 'unreadable', reason: 'it has no "requests" array' };
  const requests: BatchItem[] = [];
  for (const item of items) {
    if (!isObject(item) || typeof item.method !== 'string' || typeof item.url !== 'string') return { kind: 'unreadable', reason: 'an inner request has no method or url' };
    if (/^[a-z]+:/i.test(item.url) || item.url.includes('..')) return { kind: 'unreadable', reason: `inner url ${item.url} is not relative to the service` };
    const headers = isObject(item.headers) ? Object.fromEntries(Object.entries(item.headers).map(([k, v]) => [k, String(v)])) : {};
    const body = item.body === undefined ? undefined : typeof item.body === 'string' ? item.body : JSON.stringify(item.body);
    requests.push({ id: String(item.id ?? requests.length + 1), request: { method: item.method, url: `/${version}/${item.url.replace(/^\//, '')}`, headers, body } });
  }
  return { kind: 'batch', requests };
}
