import { Agent as HttpAgent, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import supertest from 'supertest';
import type { HttpRequest, HttpResponse, Transport } from './types.js';

/** Options of the HTTP transport. */
export interface HttpTransportOptions {
  kind: 'mock' | 'live';
  /** Base URL the request URLs (`/beta/...`) are resolved against. */
  baseUrl: string;
  /**
   * Extra headers per request, e.g. `Authorization` from the live tenant's token provider.
   * Called for every request so tokens can refresh. @default none
   */
  headers?: () => Promise<Record<string, string>> | Record<string, string>;
  /** Time allowed for the whole exchange. @default 30000 */
  timeoutMs?: number;
}

/** Sends requests with supertest to a base URL and normalizes the responses. */
export function createHttpTransport(options: HttpTransportOptions): Transport {
  const agent = supertest(options.baseUrl.replace(/\/$/, ''));
  const timeoutMs = options.timeoutMs ?? 30_000;
  // superagent opens a connection per request unless given an agent; reuse them.
  const pool = options.baseUrl.startsWith('https:') ? new HttpsAgent({ keepAlive: true }) : new HttpAgent({ keepAlive: true });
  return {
    kind: options.kind,
    baseUrl: options.baseUrl,
    async send(request: HttpRequest): Promise<HttpResponse> {
      const extra = (await options.headers?.()) ?? {};
      const method = request.method.toLowerCase() as 'get';
      const started = performance.now();
      let call = agent[method](request.url)
        .agent(pool)
        .set({ ...request.headers, ...extra })
        .timeout({ deadline: timeoutMs })
        .redirects(0)
        .ok(() => true)
        .buffer(true)
        .parse(rawText);
      if (request.body !== undefined) call = call.send(request.body);
      const res = await call;
      return normalize(res.status, res.headers as Record<string, string | string[]>, res.body as string, performance.now() - started);
    },
    async close() {
      pool.destroy();
    },
  };
}

/** Keeps the body as text whatever its content type; checks decide what it should have been. */
function rawText(res: unknown, done: (err: Error | null, body: string) => void): void {
  const stream = res as IncomingMessage;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks).toString('utf8')));
  stream.on('error', (err) => done(err, ''));
}

/** Builds the normalized response: lower-cased headers, raw text, JSON when the text parses. */
export function normalize(status: number, headers: Record<string, string | string[] | undefined>, text: string, elapsedMs: number): HttpResponse {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return { status, headers: flat, text, json: parseJson(text), elapsedMs: Math.round(elapsedMs * 10) / 10 };
}

function parseJson(text: string): unknown {
  const first = text.trimStart()[0];
  if (first !== '{' && first !== '[') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
