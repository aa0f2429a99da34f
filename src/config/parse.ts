import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError } from '../errors.js';
import { authKindOfToken, parseAuthKind } from './authKind.js';
import { registerSettingSecrets } from './secrets.js';
import type { Env } from './envFile.js';
import { guid, httpsUrl, list, optional, positiveInt, required, tenantId } from './settings.js';
import type { AuthKind, Credentials, LiveConfig } from './types.js';

const SIGN_IN_HINT =
  'set AZURE_CLIENT_ID with AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH (app-only), ' +
  'AZURE_CLIENT_ID alone (device code sign-in), or GRAPH_ACCESS_TOKEN';

/**
 * Validates the live-tenant settings (see `.env.example`) into a `LiveConfig`; relative paths
 * resolve against `cwd`. Throws `ConfigError` naming the first bad setting. Registers every
 * credential setting for redaction first, whichever flow the settings choose (`registerSettingSecrets`).
 */
export function parseLiveConfig(env: Env, cwd = process.cwd()): LiveConfig {
  registerSettingSecrets(env);
  const credentials = parseCredentials(env, cwd);
  const tenant = required(env, 'AZURE_TENANT_ID', 'the directory (tenant) id of the tenant to test');
  const isKeyword = credentials.flow === 'device-code' && ['organizations', 'consumers'].includes(tenant);
  const graphBaseUrl = httpsUrl(env, 'GRAPH_BASE_URL', 'https://graph.microsoft.com');
  const scopes = list(env, 'GRAPH_SCOPES', /\s+/);
  return {
    tenantId: isKeyword ? tenant : tenantId(tenant, 'AZURE_TENANT_ID'),
    credentials,
    authKind: authKindFor(env, credentials, tenant),
    graphBaseUrl,
    authorityHost: httpsUrl(env, 'AZURE_AUTHORITY_HOST', 'https://login.microsoftonline.com'),
    scopes: scopes.length > 0 ? scopes : [`${graphBaseUrl}/.default`],
    writeTenants: list(env, 'GRAPH_WRITE_TENANTS', /[,\s]+/).map((t) => tenantId(t, 'GRAPH_WRITE_TENANTS')),
    tokenCachePath: optional(env, 'GRAPH_TOKEN_CACHE') ?? '.cache/msal-token-cache.json',
    timeoutMs: positiveInt(env, 'GRAPH_TIMEOUT_MS', 30_000, 100),
    retryBudgetMs: positiveInt(env, 'GRAPH_RETRY_BUDGET_MS', 120_000, 0),
    maxRetries: positiveInt(env, 'GRAPH_MAX_RETRIES', 4, 0),
  };
}

function parseCredentials(env: Env, cwd: string): Credentials {
  const module = optional(env, 'GRAPH_CONTRACTS_AUTH_MODULE');
  if (module) return { flow: 'module', module: resolve(cwd, module) };
  const token = optional(env, 'GRAPH_ACCESS_TOKEN');
  if (token) return { flow: 'token', accessToken: token };
  const clientId = guid(required(env, 'AZURE_CLIENT_ID', SIGN_IN_HINT), 'AZURE_CLIENT_ID');
  const secret = optional(env, 'AZURE_CLIENT_SECRET');
  const certificatePath = optional(env, 'AZURE_CLIENT_CERTIFICATE_PATH');
  if (secret && certificatePath) {
    throw new ConfigError('AZURE_CLIENT_CERTIFICATE_PATH', 'AZURE_CLIENT_SECRET and AZURE_CLIENT_CERTIFICATE_PATH are both set: keep one');
  }
  if (secret) return { flow: 'client-secret', clientId, clientSecret: secret };
  if (certificatePath) {
    checkCertificateFile(certificatePath);
    return { flow: 'client-certificate', clientId, certificatePath };
  }
  return { flow: 'device-code', clientId };
}

function checkCertificateFile(path: string): void {
  const name = 'AZURE_CLIENT_CERTIFICATE_PATH';
  let pem: string;
  try {
    pem = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ConfigError(name, `${name}: cannot read ${path} (${(err as NodeJS.ErrnoException).code ?? 'error'})`, { cause: err });
  }
  if (!pem.includes('-----BEGIN CERTIFICATE-----') || !/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(pem)) {
    throw new ConfigError(name, `${name}: ${path} must be a PEM file holding the certificate and its private key`);
  }
}

function authKindFor(env: Env, credentials: Credentials, tenant: string): AuthKind {
  const override = optional(env, 'GRAPH_AUTH_KIND');
  if (credentials.flow === 'client-secret' || credentials.flow === 'client-certificate') {
    if (override && override !== 'application') {
      throw new ConfigError('GRAPH_AUTH_KIND', `GRAPH_AUTH_KIND=${override} contradicts client credentials, which are always "application"`);
    }
    return 'application';
  }
  if (override) return parseAuthKind(override, 'GRAPH_AUTH_KIND');
  if (credentials.flow === 'module') {
    throw new ConfigError('GRAPH_AUTH_KIND', 'GRAPH_AUTH_KIND is not set: with GRAPH_CONTRACTS_AUTH_MODULE it names the permission type the module signs in with (application, delegatedWork or delegatedPersonal), which decides the requests that are skipped');
  }
  if (credentials.flow === 'device-code') return tenant === 'consumers' ? 'delegatedPersonal' : 'delegatedWork';
  const inferred = authKindOfToken(credentials.accessToken);
  if (inferred) return inferred;
  throw new ConfigError('GRAPH_AUTH_KIND', 'GRAPH_AUTH_KIND is not set and GRAPH_ACCESS_TOKEN is not a readable JWT: set it to application, delegatedWork or delegatedPersonal');
}
