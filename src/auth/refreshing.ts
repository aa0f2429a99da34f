import type { AccessToken, TokenSource } from './types.js';

/** Refresh this long before expiry, so a token never expires between fetch and use. @default 5 min */
export const REFRESH_MARGIN_MS = 5 * 60_000;

/**
 * Keeps the current token in memory and asks the source again only when it is within `marginMs`
 * of expiry or a refresh is forced. Concurrent callers share one pending acquisition, so a burst
 * of parallel requests at start-up makes one token request, not fifty.
 */
export function refreshingTokenSource(source: TokenSource, marginMs = REFRESH_MARGIN_MS, now = () => Date.now()): TokenSource {
  let current: AccessToken | undefined;
  let pending: Promise<AccessToken> | undefined;
  const fresh = (t: AccessToken) => !t.expiresOn || t.expiresOn.getTime() - now() > marginMs;
  const acquire = (forceRefresh: boolean, signal: AbortSignal | undefined) => {
    pending ??= source.getToken({ forceRefresh, ...(signal ? { signal } : {}) }).then(
      (token) => ((current = token), (pending = undefined), token),
      (err: unknown) => {
        pending = undefined;
        throw err;
      },
    );
    return pending;
  };
  return {
    kind: source.kind,
    flow: source.flow,
    async getToken(options = {}) {
      if (options.forceRefresh) {
        current = undefined;
        return acquire(true, options.signal);
      }
      if (current && fresh(current)) return current;
      return acquire(false, options.signal);
    },
  };
}
