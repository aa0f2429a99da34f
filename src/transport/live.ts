import { randomUUID } from 'node:crypto';
import type { AuthSource } from '../auth/types.js';
import { unreachable } from '../auth/networkClient.js';
import { registerSecret } from '../redact/index.js';
import { normalizeResponse } from './normalize.js';
import type { HttpRequest, HttpResponse, Transport } from './types.js';

/** Options of the live transport. */
export interface LiveTransportOptions {
  /** `GRAPH_BASE_URL`, e.g. `https://graph.microsoft.com`; request URLs start with the version. */
  baseUrl: string;
  /** Signs each request (a bearer token, or a custom auth module's headers). */
  auth: AuthSource;
  /** Per attempt. */
  timeoutMs: number;
}

/**
 * Transport to a real tenant over global fetch. Adds the auth headers and a `client-request-id`
 * (the caller's, else a fresh one per request); on 401 refreshes the auth once and retries.
 * Response headers are kept whole, so `request-id`, `date` and `x-ms-ags-diagnostic` reach the
 * reports. Throttling (429/503) is left to the runner's retry policy, which wraps every transport.
 */
export function createLiveTransport(options: LiveTransportOptions): Transport {
  const attempt = async (request: HttpRequest, forceRefresh: boolean): Promise<HttpResponse> => {
    const auth = lowerCased(await options.auth.headers({ forceRefresh }));
    // Whatever signed it (msal, a token in hand, a custom module), what is sent is a secret.
    for (const value of Object.values(auth)) {
      registerSecret(value);
      registerSecret(value.replace(/^\S+\s+/, ''));
    }
    const url = options.baseUrl + request.url;
    const started = performance.now();
    let res: Response;
    try {
      res = await fetch(url, {
        method: request.method,
        headers: { ...withRequestId(request.headers), ...auth },
        body: request.body,
        signal: AbortSignal.timeout(options.timeoutMs),
        redirect: 'manual',
      });
    } catch (err) {
      throw unreachable(url, err, options.timeoutMs);
    }
    const headers: [string, string][] = [];
    res.headers.forEach((value, name) => name !== 'set-cookie' && headers.push([name, value]));
    for (const cookie of res.headers.getSetCookie()) headers.push(['set-cookie', cookie]);
    return normalizeResponse(res.status, headers, new Uint8Array(await res.arrayBuffer()), performance.now() - started);
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
