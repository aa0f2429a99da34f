import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { TokenSource } from '../auth/types.js';
import { unreachable } from '../auth/networkClient.js';
import { retryDelayMs } from './retryAfter.js';
import type { ThrottleBudget } from './throttleBudget.js';
import type { HttpRequest, HttpResponse, Transport } from './types.js';

/** Options of the live transport. */
export interface LiveTransportOptions {
  /** `GRAPH_BASE_URL`, e.g. `https://graph.microsoft.com`; request URLs start with the version. */
  baseUrl: string;
  tokens: TokenSource;
  /** Per attempt. */
  timeoutMs: number;
  /** Shared by every request of the run. */
  budget: ThrottleBudget;
  /** Test seam for the wait between throttled attempts. @default node:timers/promises setTimeout */
  wait?: (ms: number) => Promise<unknown>;
}

const THROTTLED = new Set([429, 503]);

/**
 * Transport to a real tenant over global fetch. Adds the bearer token and a fresh
 * `client-request-id` to every attempt; on 401 refreshes the token once and retries; on 429/503
 * waits per `Retry-After` within the run's budget. Response headers are kept whole, so
 * `request-id`, `date` and `x-ms-ags-diagnostic` reach the reports.
 */
export function createLiveTransport(options: LiveTransportOptions): Transport {
  const wait = options.wait ?? sleep;
  const attempt = async (request: HttpRequest, forceRefresh: boolean): Promise<HttpResponse> => {
    const { token } = await options.tokens.getToken({ forceRefresh });
    const url = options.baseUrl + request.url;
    const started = performance.now();
    let res: Response;
    try {
      res = await fetch(url, {
        method: request.method,
        headers: { ...request.headers, authorization: `Bearer ${token}`, 'client-request-id': randomUUID() },
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
      const what = `${request.method} ${request.url}`;
      let refreshed = false;
      for (let retry = 1; ; retry++) {
        let response = await attempt(request, false);
        if (response.status === 401 && !refreshed) {
          refreshed = true;
          response = await attempt(request, true);
        }
        if (!THROTTLED.has(response.status)) return response;
        const delay = retryDelayMs(response.headers['retry-after'], retry);
        options.budget.take(delay, retry, what);
        await wait(delay);
      }
    },
  };
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
