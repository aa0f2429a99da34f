import type { Draft } from './drift.js';
import { failure, type Exchange } from './exchange.js';
import { essence } from './request.js';
import { parseJsonBody } from './jsonBody.js';
import type { MockRequest, MockResponse } from './types.js';

/** Most requests one JSON batch may hold (https://learn.microsoft.com/graph/json-batching). */
export const MAX_BATCH_REQUESTS = 20;

interface BatchItem {
  id: string;
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  dependsOn?: string[];
}

/**
 * `POST /$batch`: runs up to 20 requests (each as if sent alone, with the batch's token),
 * honouring `dependsOn` (a request whose dependency failed gets 424 Failed Dependency), and
 * answers each one's status, headers and body. A malformed batch is a 400 naming what is wrong.
 */
export function handleBatch(x: Exchange, send: (req: MockRequest) => MockResponse): Draft {
  if (!essence(x.headers['content-type']).endsWith('json')) return failure(x, 'unsupportedMediaType', 'A JSON batch must be sent with Content-Type: application/json.');
  const parsed = parseJsonBody(x.req.body ?? '');
  if (!parsed.ok) return failure(x, 'invalidBody', parsed.message);
  const items = validate(parsed.value);
  if (typeof items === 'string') return failure(x, 'badRequest', items);
  const byId = new Map(items.map((i) => [i.id, i]));
  const results = new Map<string, { id: string; status: number; headers: Record<string, string>; body?: unknown }>();
  const run = (item: BatchItem, trail: string[]): void => {
    if (results.has(item.id)) return;
    for (const dep of item.dependsOn ?? []) run(byId.get(dep)!, [...trail, item.id]);
    const failed = (item.dependsOn ?? []).find((dep) => (results.get(dep)?.status ?? 500) >= 400);
    if (failed !== undefined) {
      results.set(item.id, { id: item.id, status: 424, headers: { 'content-type': 'application/json' }, body: { error: { code: 'FailedDependency', message: `Request ${item.id} depends on request ${failed}, which failed.` } } });
      return;
    }
    results.set(item.id, { id: item.id, ...answerOf(send(innerRequest(x, item))) });
  };
  for (const item of items) run(item, []);
  return { status: 200, headers: {}, body: { responses: items.map((i) => results.get(i.id)!) } };
}

/** The batch's requests, or what is wrong with the payload. */
function validate(payload: unknown): BatchItem[] | string {
  const requests = (payload as { requests?: unknown } | null)?.requests;
  if (!Array.isArray(requests)) return 'Invalid batch payload: a JSON object with a "requests" array is required.';
  if (requests.length === 0) return 'Invalid batch payload: "requests" is empty.';
  if (requests.length > MAX_BATCH_REQUESTS) return `Invalid batch payload: a batch holds at most ${MAX_BATCH_REQUESTS} requests, this one has ${requests.length}.`;
  const ids = new Set<string>();
  for (const [n, r] of requests.entries()) {
    const item = r as Partial<BatchItem> | null;
    if (!item || typeof item !== 'object') return `Invalid batch payload: requests[${n}] is not an object.`;
    if (typeof item.id !== 'string' || item.id === '') return `Invalid batch payload: requests[${n}] has no "id".`;
    if (ids.has(item.id)) return `Invalid batch payload: the id "${item.id}" is used twice.`;
    ids.add(item.id);
    if (typeof item.method !== 'string' || !/^(GET|POST|PUT|PATCH|DELETE)$/i.test(item.method)) return `Invalid batch payload: request ${item.id} has no valid "method".`;
    if (typeof item.url !== 'string' || item.url === '') return `Invalid batch payload: request ${item.id} has no "url".`;
    if (/\$batch/i.test(item.url)) return `Invalid batch payload: request ${item.id} is itself a batch.`;
    if (item.body !== undefined && !Object.keys(item.headers ?? {}).some((h) => h.toLowerCase() === 'content-type')) return `Invalid batch payload: request ${item.id} has a body but no Content-Type header.`;
    if (item.dependsOn !== undefined && !(Array.isArray(item.dependsOn) && item.dependsOn.every((d) => typeof d === 'string'))) return `Invalid batch payload: "dependsOn" of request ${item.id} must be an array of ids.`;
  }
  const items = requests as BatchItem[];
  const known = new Set(items.map((i) => i.id));
  for (const item of items) {
    const unknown = (item.dependsOn ?? []).find((d) => !known.has(d));
    if (unknown !== undefined) return `Invalid batch payload: request ${item.id} depends on "${unknown}", which is not in the batch.`;
  }
  // dependsOn must not form a cycle.
  const visiting = new Set<string>();
  const done = new Set<string>();
  const byId = new Map(items.map((i) => [i.id, i]));
  const cyclic = (id: string): boolean => {
    if (done.has(id)) return false;
    if (visiting.has(id)) return true;
    visiting.add(id);
    const found = (byId.get(id)!.dependsOn ?? []).some(cyclic);
    visiting.delete(id);
    done.add(id);
    return found;
  };
  const cycle = items.find((i) => cyclic(i.id));
  return cycle ? `Invalid batch payload: the dependsOn of request ${cycle.id} form a cycle.` : items;
}

/** An inner request as a request of its own: URL under the batch's version, the batch's token. */
function innerRequest(x: Exchange, item: BatchItem): MockRequest {
  const absolute = /^https?:\/\/[^/]+(\/.*)$/i.exec(item.url);
  const relative = absolute ? absolute[1]! : item.url.startsWith('/') ? item.url : `/${item.url}`;
  const url = /^\/(beta|v1\.0)\//i.test(relative) ? relative : `/${x.version}${relative}`;
  const headers: Record<string, string> = { authorization: x.headers.authorization ?? '', ...(item.headers ?? {}) };
  const body = item.body === undefined ? undefined : typeof item.body === 'string' ? item.body : JSON.stringify(item.body);
  return { method: item.method.toUpperCase(), url, headers, origin: x.origin, ...(body === undefined ? {} : { body }) };
}

/** Headers a batch answer repeats per response, spelled as Graph spells them there (SDKs look them up so). */
const ANSWER_HEADERS: Record<string, string> = { 'content-type': 'Content-Type', location: 'Location', 'retry-after': 'Retry-After', 'odata-version': 'OData-Version' };

/** One response as a batch answer holds it: JSON bodies parsed, text as text, bytes base64. */
function answerOf(res: MockResponse): { status: number; headers: Record<string, string>; body?: unknown } {
  const headers: Record<string, string> = {};
  for (const [name, spelled] of Object.entries(ANSWER_HEADERS)) if (res.headers[name] !== undefined) headers[spelled] = res.headers[name]!;
  if (res.bytes) return { status: res.status, headers, body: res.bytes.toString('base64') };
  if (res.body === '') return { status: res.status, headers };
  if (headers['Content-Type']?.includes('json')) return { status: res.status, headers, body: JSON.parse(res.body) as unknown };
  return { status: res.status, headers, body: res.body };
}
