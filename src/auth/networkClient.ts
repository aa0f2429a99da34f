import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node';
import { TenantAuthError, TenantUnreachableError } from '../errors.js';

/** msal's network module that remembers its last network failure. */
export interface TimedNetworkClient extends INetworkModule {
  /**
   * The last request that could not reach the identity platform, cleared on read. msal reports a
   * failed metadata fetch only as `endpoints_resolution_error`; this recovers the real cause.
   */
  takeFailure(): TenantUnreachableError | undefined;
}

/**
 * msal's network module over global fetch with a timeout on every request: msal's own client has
 * none for token requests, so a hung identity platform would stall a nightly run for minutes.
 */
export function timedNetworkClient(timeoutMs: number): TimedNetworkClient {
  let lastFailure: TenantUnreachableError | undefined;
  const send = async <T>(method: 'GET' | 'POST', url: string, options: NetworkRequestOptions = {}): Promise<NetworkResponse<T>> => {
    let res: Response;
    try {
      res = await fetch(url, { method, headers: options.headers, body: options.body, signal: AbortSignal.timeout(timeoutMs) });
    } catch (err) {
      lastFailure = unreachable(url, err, timeoutMs);
      throw lastFailure;
    }
    const text = await res.text();
    const headers: Record<string, string> = {};
    res.headers.forEach((value, name) => (headers[name] = value));
    try {
      return { status: res.status, headers, body: (text ? JSON.parse(text) : {}) as T };
    } catch {
      throw new TenantAuthError(`identity platform answered HTTP ${res.status} with a body that is not JSON (${endpoint(url)})`);
    }
  };
  return {
    sendGetRequestAsync: (url, options) => send('GET', url, options),
    sendPostRequestAsync: (url, options) => send('POST', url, options),
    takeFailure() {
      const failure = lastFailure;
      lastFailure = undefined;
      return failure;
    },
  };
}

/** One line naming the endpoint and the network cause, for any failed fetch. */
export function unreachable(url: string, err: unknown, timeoutMs: number): TenantUnreachableError {
  const { name, code } = (err ?? {}) as { name?: string; code?: string };
  // fetch and undici's abort signal: TimeoutError/AbortError; undici's own timers: UND_ERR_*_TIMEOUT.
  const timedOut = name === 'TimeoutError' || name === 'AbortError' || /^UND_ERR_\w*TIMEOUT$/.test(code ?? '');
  const reason = timedOut ? `no answer within ${timeoutMs} ms` : networkCause(err);
  return new TenantUnreachableError(`cannot reach ${endpoint(url)}: ${reason}`, { cause: err });
}

function networkCause(err: unknown): string {
  // fetch hides the real reason ("fetch failed") in `cause`; undici's request gives it as the
  // error's own code (ECONNREFUSED, ENOTFOUND, TLS errors), or its socket error's `cause`.
  const { code, cause } = (err ?? {}) as { code?: string; cause?: { code?: string; message?: string } };
  const own = code && !code.startsWith('UND_ERR') ? code : undefined;
  return own ?? cause?.code ?? cause?.message ?? (err as Error)?.message ?? String(err);
}

/** Scheme, host and path only: a query string may carry secrets. */
function endpoint(url: string): string {
  const u = new URL(url);
  return `${u.origin}${u.pathname}`;
}
