import { TenantAuthError } from '../errors.js';
import type { AuthKind } from '../config/types.js';
import type { TokenSource } from './types.js';

/** `GRAPH_ACCESS_TOKEN`: the token in hand. It cannot be refreshed, so a forced refresh is an auth error. */
export function staticTokenSource(token: string, kind: AuthKind): TokenSource {
  return {
    kind,
    flow: 'token',
    async getToken(options = {}) {
      if (options.forceRefresh) {
        throw new TenantAuthError('Graph rejected GRAPH_ACCESS_TOKEN (HTTP 401) and a token in hand cannot be refreshed: get a new one');
      }
      return { token };
    },
  };
}
