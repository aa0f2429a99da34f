import { randomUUID } from 'node:crypto';
import type { TokenSource } from '../auth/types.js';
import { unreachable } from '../auth/networkClient.js';
import type { HttpRequest, HttpResponse, Transport } from './types.js';

/** Options of the live transport. */
export interface LiveTransportOptions {
  /** `GRAPH_BASE_URL`, e.g. `https://graph.microsoft.com`; request URLs start with the version. */
  baseUrl: string;
  tokens: TokenSource;
  /** Per attempt. */
  timeoutMs: number;
}

/**
 * Transport to a real tenant over global fetch. Adds the bearer token and a `client-request-id`
 * (the caller's, else a fresh one per request); on 401 refreshes the token once and retries.
 * Response headers are kept whole, so `request-id`, `date` and `x-ms-ags-diagnostic` reach the
 * reports. Throttling (429/503) is left to the runner's retry policy, which wraps every transport.
 */
export function createLiveTransport(options: LiveTransportOptions): Transport {
  const attempt = async (request: HttpRequest, forceRefresh: boolean): Promise<HttpResponse> => {
    const { token } = await options.tokens.getToken({ forceRefresh });
    const url = options.baseUrl + request.url;
    const started = performance.now();
    let res: Response;
    try {
      res = await fetch(url, {
        method: request.method,
        headers: { ...withRequestId(request.headers), authorization: `Bearer ${token}` },
        body: request.body,
        signal: AbortSignal.timeout(options.timeoutMs),
        redirect: 'manual',
      });
    } catch (err) {
      throw unreachable(url, err, options.timeoutMs);
    }
    return normalize(res, await res.text(), performance.now() - started);
  };
  return {
    kind: 'live',
    baseUrl: options.baseUrl,
    async send(request) {
      const response = await attempt(request, false);
      // An expired or revoked token: one forced refresh. A second 401 is the tenant's answer.
      return response.status === 401 ? attempt(request, true) : response;
    },
  };
}

/**
 * The caller's headers with names lower-cased (a doc example's `Content-Type` and a suite's
 * `content-type` must not become one header with two values), minus any Authorization (ours is
 * the only one), with a client-request-id.
 */
function withRequestId(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) out[name.toLowerCase()] = value;
  delete out.authorization;
  out['client-request-id'] ??= randomUUID();
  return out;
}

function normalize(res: Response, text: string, elapsedMs: number): HttpResponse {
  const headers: Record<string, string> = {};
  res.headers.forEach((value, name) => (headers[name] = value));
  return { status: res.status, headers, text, json: parseJson(headers['content-type'], text), elapsedMs: Math.round(elapsedMs) };
}

function parseJson(contentType: string | undefined, text: string): unknown {
  if (!text || !/\bjson\b/i.test(contentType ?? '')) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
