import { Agent as HttpAgent, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import supertest from 'supertest';
import { normalizeResponse, rawHeaderPairs } from './normalize.js';
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

/** Sends requests with supertest to a base URL (the embedded mock, or any HTTP target); see `normalizeResponse`. */
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
        .parse(rawBody);
      if (request.body !== undefined) call = call.send(request.body);
      const res = await call;
      const { bytes, rawHeaders } = res.body as RawBody;
      return normalizeResponse(res.status, rawHeaderPairs(rawHeaders), bytes, performance.now() - started);
    },
    async close() {
      pool.destroy();
    },
  };
}

/** The body's bytes and the headers as sent (Node's parsed `headers` drop some repeats). */
interface RawBody {
  bytes: Buffer;
  rawHeaders: string[];
}

/** Keeps the body as bytes whatever its content type; `normalizeResponse` decodes it. */
function rawBody(res: unknown, done: (err: Error | null, body: RawBody) => void): void {
  const stream = res as IncomingMessage;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, { bytes: Buffer.concat(chunks), rawHeaders: stream.rawHeaders }));
  stream.on('error', (err) => done(err, { bytes: Buffer.alloc(0), rawHeaders: stream.rawHeaders }));
}
