import type { AuthKind } from '../config/types.js';

/** An access token and when it stops being valid. */
export interface AccessToken {
  token: string;
  /** Undefined for a token in hand whose expiry is unknown. */
  expiresOn?: Date;
}

/** Where the live transport gets its bearer tokens. */
export interface TokenSource {
  /** Permission column the tokens fall under. */
  readonly kind: AuthKind;
  /** How tokens are obtained, for the plan and messages: `client-secret`, `device-code`, ... */
  readonly flow: string;
  /**
   * A valid token. `forceRefresh` bypasses every cache (after a 401); `signal` stops a sign-in
   * that waits for the user (the device code prompt) when it aborts.
   * @throws TenantAuthError or TenantUnreachableError, message already redacted
   */
  getToken(options?: TokenOptions): Promise<AccessToken>;
}

/**
 * What signs each request to the tenant: the headers to add. Built on a `TokenSource` (a bearer
 * token) or given by a custom auth module (`GRAPH_CONTRACTS_AUTH_MODULE`).
 */
export interface AuthSource {
  /** Permission column the requests fall under. */
  readonly kind: AuthKind;
  /** How requests are signed, for the plan and messages: `client-secret`, `module`, ... */
  readonly flow: string;
  /**
   * Headers for one request. `forceRefresh` after a 401; `signal` as for `TokenSource.getToken`.
   * @throws TenantAuthError or TenantUnreachableError, message already redacted
   */
  headers(options?: TokenOptions): Promise<Record<string, string>>;
}

/** Options of a token or header request. */
export interface TokenOptions {
  forceRefresh?: boolean;
  signal?: AbortSignal;
}

/** Where interactive prompts (the device code message) go; the CLI passes stderr. */
export type Prompt = (message: string) => void;
