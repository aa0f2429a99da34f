import { pathToFileURL } from 'node:url';
import type { AuthKind, LiveConfig } from '../config/types.js';
import { TenantAuthError } from '../errors.js';
import { redact, registerSecret } from '../redact/index.js';
import { createTokenSource } from './createTokenSource.js';
import type { AuthSource, Prompt, TokenSource } from './types.js';

/** Requests signed with a bearer token from `tokens`. */
export function bearerAuth(tokens: TokenSource): AuthSource {
  return {
    kind: tokens.kind,
    flow: tokens.flow,
    async headers(options = {}) {
      return { authorization: `Bearer ${(await tokens.getToken(options)).token}` };
    },
  };
}

/** What a custom auth module exports (`GRAPH_CONTRACTS_AUTH_MODULE`, see `.env.example`). */
interface AuthModule {
  authHeaders(options?: { forceRefresh?: boolean }): Promise<Record<string, string>> | Record<string, string>;
}

/**
 * Requests signed by a custom auth module: its `authHeaders({forceRefresh})` is called for every
 * request (so it may cache and refresh as it likes). Every header value it gives is registered as
 * a secret, so no report or message can show it.
 */
export function moduleAuth(module: string, kind: AuthKind): AuthSource {
  let loaded: Promise<AuthModule> | undefined;
  const load = () => (loaded ??= import(pathToFileURL(module).href) as Promise<AuthModule>);
  return {
    kind,
    flow: 'module',
    async headers(options = {}) {
      let headers: Record<string, string>;
      try {
        const m = await load();
        if (typeof m.authHeaders !== 'function') throw new Error('it exports no authHeaders() function');
        headers = await m.authHeaders(options.forceRefresh === undefined ? {} : { forceRefresh: options.forceRefresh });
      } catch (err) {
        throw new TenantAuthError(redact(`custom auth module ${module} failed: ${err instanceof Error ? err.message : String(err)}`), { cause: err });
      }
      for (const value of Object.values(headers)) {
        registerSecret(value);
        registerSecret(value.replace(/^\S+\s+/, ''));
      }
      return headers;
    },
  };
}

/** The auth source for the configured credentials: a custom module, or a bearer token from msal or in hand. */
export function createAuthSource(config: LiveConfig, prompt?: Prompt): AuthSource {
  const c = config.credentials;
  return c.flow === 'module' ? moduleAuth(c.module, config.authKind) : bearerAuth(createTokenSource(config, prompt));
}
