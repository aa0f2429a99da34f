import { randomUUID } from 'node:crypto';
import { Agent, request as send } from 'undici';
import type { AuthSource } from '../auth/types.js';
import { unreachable } from '../auth/networkClient.js';
import { registerSecret } from '../redact/index.js';
import { decodeContent } from './decode.js';
import { normalizeResponse } from './normalize.js';
import type { HttpRequest, HttpResponse, Transport } from './types.js';

/** Options of the live transport. */
export interface LiveTransportOptions {
  /** `GRAPH_BASE_URL`, e.g. `https://graph.microsoft.com`; request URLs start with the version. */
  baseUrl: string;
  /** Signs each request (a bearer token, or a custom auth module's headers). */
  auth: AuthSource;
  /** Per attempt: connecting, sending and reading the whole answer. */
  timeoutMs: number;
}

/**
 * Transport to a real tenant over undici's `request`. Not fetch: the Fetch standard refuses a body
 * on GET, and Graph documents GETs with a JSON body (the workbook `range` functions), which are
 * sent as documented. Adds the auth headers and a `client-request-id` (the caller's, else a fresh
 * one per request); on 401 refreshes the auth once and retries. Redirects are not followed (a
 * `Location` is an answer to judge). Response headers are kept whole, so `request-id`, `date` and
 * `x-ms-ags-diagnostic` reach the reports. Throttling (429/503) is left to the runner's retry
 * policy, which wraps every transport.
 */
export function createLiveTransport(options: LiveTransportOptions): Transport {
  // One pool per run; undici's own timeouts match the attempt's, which the abort signal bounds.
  const agent = new Agent({ connect: { timeout: options.timeoutMs }, headersTimeout: options.timeoutMs, bodyTimeout: options.timeoutMs });
  const attempt = async (request: HttpRequest, forceRefresh: boolean): Promise<HttpResponse> => {
    const auth = lowerCased(await options.auth.headers({ forceRefresh }));
    // Whatever signed it (msal, a token in hand, a custom module), what is sent is a secret.
    for (const value of Object.values(auth)) {
      registerSecret(value);
      registerSecret(value.replace(/^\S+\s+/, ''));
    }
    const url = options.baseUrl + request.url;
    const started = performance.now();
    let status: number;
    let headers: Record<string, string | string[] | undefined>;
    let raw: Uint8Array;
    try {
      const res = await send(url, {
        dispatcher: agent,
        method: request.method.toUpperCase() as 'GET',
        headers: { 'accept-encoding': 'gzip, deflate, br', ...withRequestId(request.headers), ...auth },
        body: request.body,
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      ({ statusCode: status, headers } = res);
      raw = new Uint8Array(await res.body.arrayBuffer());
    } catch (err) {
      throw unreachable(url, err, options.timeoutMs);
    }
    const body = await decodeContent(raw, headers['content-encoding']);
    return normalizeResponse(status, headerPairs(headers), body, performance.now() - started);
  };
  return {
    kind: 'live',
    baseUrl: options.baseUrl,
    async send(request) {
      const response = await attempt(request, false);
      // An expired or revoked token: one forced refresh. A second 401 is the tenant's answer.
      return response.status === 401 ? attempt(request, true) : response;
    },
    close: () => agent.close(),
  };
}

/** undici's header object as pairs: a repeated header comes as an array, each value its own pair. */
function headerPairs(headers: Record<string, string | string[] | undefined>): [string, string][] {
  const pairs: [string, string][] = [];
  for (const [name, value] of Object.entries(headers)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) pairs.push([name, one]);
  }
  return pairs;
}

/** Header names lower-cased: a doc example's `Content-Type` and a suite's `content-type` must not become one header with two values. */
function lowerCased(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) out[name.toLowerCase()] = value;
  return out;
}

/** The caller's headers lower-cased, minus any Authorization (the auth source's is the only one), with a client-request-id. */
function withRequestId(headers: Record<string, string>): Record<string, string> {
  const out = lowerCased(headers);
  delete out.authorization;
  out['client-request-id'] ??= randomUUID();
  return out;
}
