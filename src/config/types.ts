/** Which permission column of a doc page's Permissions table the current credentials fall under. */
export type AuthKind = 'application' | 'delegatedWork' | 'delegatedPersonal';

/** How tokens are obtained. */
export type Credentials =
  /** `GRAPH_ACCESS_TOKEN`: a token in hand for a quick manual run; never refreshed. */
  | { flow: 'token'; accessToken: string }
  /** App-only client credentials with `AZURE_CLIENT_SECRET`. */
  | { flow: 'client-secret'; clientId: string; clientSecret: string }
  /** App-only client credentials with `AZURE_CLIENT_CERTIFICATE_PATH` (PEM: certificate + private key). */
  | { flow: 'client-certificate'; clientId: string; certificatePath: string }
  /** Delegated: device code sign-in, tokens kept in `tokenCachePath` so later runs do not prompt. */
  | { flow: 'device-code'; clientId: string }
  /**
   * `GRAPH_CONTRACTS_AUTH_MODULE`: a module exporting `authHeaders({forceRefresh})` signs each
   * request (an absolute path). Runs under the same write gate, ledger and skips as every flow.
   */
  | { flow: 'module'; module: string };

/** Everything a live run needs, validated. Built by `parseLiveConfig`. */
export interface LiveConfig {
  /** `AZURE_TENANT_ID`: tenant GUID or verified domain. */
  tenantId: string;
  credentials: Credentials;
  authKind: AuthKind;
  /** `GRAPH_BASE_URL`, without trailing slash. @default https://graph.microsoft.com */
  graphBaseUrl: string;
  /** `AZURE_AUTHORITY_HOST`, without trailing slash. @default https://login.microsoftonline.com */
  authorityHost: string;
  /** `GRAPH_SCOPES` (space separated). @default [`<GRAPH_BASE_URL>/.default`] */
  scopes: string[];
  /** `GRAPH_WRITE_TENANTS` (comma separated): the only tenants write requests may run against. @default [] */
  writeTenants: string[];
  /** `GRAPH_TOKEN_CACHE`: msal token cache file for device code sign-in. @default .cache/msal-token-cache.json */
  tokenCachePath: string;
  /** `GRAPH_TIMEOUT_MS`: per request, to Graph and to the identity platform. @default 30000 */
  timeoutMs: number;
  /** `GRAPH_RETRY_BUDGET_MS`: total time the run may spend waiting on 429/503. @default 120000 */
  retryBudgetMs: number;
  /** `GRAPH_MAX_RETRIES`: retries of one request on 429/503. @default 4 */
  maxRetries: number;
}
