import { randomUUID } from 'node:crypto';
import { notProcessed } from '../transport/retry.js';
import type { HttpRequest, HttpResponse, Transport } from '../transport/types.js';
import { isObject } from '../util/json.js';
import { classify, type BatchItem } from './classify.js';
import { createdResourceUrl, type CreateMatchers } from './created.js';
import type { Intent, Ledger } from './ledger.js';
import { markCreate } from './marker.js';

/**
 * Wraps a transport so the ledger sees every write, whichever suite or helper sent it: an intent
 * (flushed to disk) before the request leaves, with the run marker put into a create's body; the
 * answer after, with what it created or deleted. A write whose answer never comes, or whose 5xx
 * leaves its outcome unknown, stays open in the ledger, where cleanup looks for what it may have
 * made (see `cleanup.ts`). A `$batch` is recorded per inner request.
 */
export function recordingTransport(inner: Transport, ledger: Ledger, matchers: CreateMatchers, marker: string): Transport {
  const record = (request: HttpRequest): { request: HttpRequest; intent: Intent } | undefined => {
    const kind = classify(request, matchers);
    if (kind.kind === 'read' || kind.kind === 'batch' || kind.kind === 'unreadable') return undefined;
    const path = request.url.split('?')[0]!;
    const intent: Intent = { id: randomUUID(), method: kind.method, url: path, at: Date.now() };
    if (kind.kind === 'create') {
      const marked = markCreate(request, marker);
      intent.create = { ...kind.create, ...(marked.marker ? { marker: marked.marker } : {}) };
      return { request: marked.request, intent };
    }
    return { request, intent };
  };

  // What the answer made is written before the intent is closed: a process killed in between
  // leaves the resource recorded (or the intent open), never neither.
  const settle = (request: HttpRequest, intent: Intent, response: HttpResponse): void => {
    const created = createdResourceUrl(request, response, inner.baseUrl, matchers.singleValued);
    if (created) ledger.created({ url: created, createdBy: `${request.method.toUpperCase()} ${request.url}` });
    else if (response.status === 202 && intent.method === 'POST' && matchers.asyncCreates.some((re) => re.test(intent.url))) ledger.unlocated(`POST ${request.url}`);
    if (intent.method === 'DELETE' && response.status >= 200 && response.status < 300) ledger.deleted(intent.url);
    if (response.status >= 500 && !notProcessed(response)) ledger.unknown(intent.id, `answered ${response.status}`);
    else ledger.answered(intent.id, response.status);
  };

  /** Sends a recorded request; a request that fails leaves its intents ended with an unknown outcome. */
  const sendRecorded = async (request: HttpRequest, intents: Intent[]): Promise<HttpResponse> => {
    try {
      return await inner.send(request);
    } catch (err) {
      for (const intent of intents) ledger.unknown(intent.id, err instanceof Error ? err.message : String(err));
      throw err;
    }
  };

  return {
    kind: inner.kind,
    baseUrl: inner.baseUrl,
    close: inner.close?.bind(inner),
    async send(request) {
      const kind = classify(request, matchers);
      if (kind.kind === 'batch') return sendBatch(request, kind.requests);
      const recorded = record(request);
      if (!recorded) return inner.send(request);
      ledger.intent(recorded.intent);
      const response = await sendRecorded(recorded.request, [recorded.intent]);
      settle(recorded.request, recorded.intent, response);
      return response;
    },
  };

  /** A batch: each inner write marked and recorded before the batch leaves, each inner answer settled after. */
  async function sendBatch(request: HttpRequest, items: BatchItem[]): Promise<HttpResponse> {
    const recorded = new Map<string, { request: HttpRequest; intent: Intent }>();
    const body = JSON.parse(request.body!) as { requests: Record<string, unknown>[] };
    items.forEach((item, i) => {
      const r = record(item.request);
      if (!r) return;
      recorded.set(item.id, r);
      if (r.request.body !== item.request.body) body.requests[i] = { ...body.requests[i], body: JSON.parse(r.request.body!) as unknown };
    });
    for (const r of recorded.values()) ledger.intent(r.intent);
    const response = await sendRecorded({ ...request, body: JSON.stringify(body) }, [...recorded.values()].map((r) => r.intent));
    const answers = isObject(response.json) && Array.isArray(response.json.responses) ? response.json.responses : [];
    const settled = new Set<string>();
    for (const answer of answers) {
      if (!isObject(answer)) continue;
      const r = recorded.get(String(answer.id));
      if (!r || typeof answer.status !== 'number') continue;
      settled.add(String(answer.id));
      const headers = isObject(answer.headers) ? Object.fromEntries(Object.entries(answer.headers).map(([k, v]) => [k.toLowerCase(), String(v)])) : {};
      const json = answer.body;
      settle(r.request, r.intent, { status: answer.status, headers, text: json === undefined ? '' : JSON.stringify(json), json, elapsedMs: response.elapsedMs });
    }
    for (const [id, r] of recorded) if (!settled.has(id)) ledger.unknown(r.intent.id, `the $batch answered ${response.status} without an answer for it`);
    return response;
  }
}
