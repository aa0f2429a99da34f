import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../errors.js';
import { redact } from '../../redact/index.js';
import { loadEnv } from '../envFile.js';
import { parseLiveConfig } from '../parse.js';

const TENANT = '11111111-2222-3333-4444-555555555555';
const CLIENT = '99999999-8888-7777-6666-555555555555';
const jwt = (claims: object) => `eyJhbGciOiJub25lIn0.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.`;

function configError(env: Record<string, string>): ConfigError {
  try {
    parseLiveConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('parseLiveConfig', () => {
  it('applies the documented defaults for client-secret credentials', () => {
    const c = parseLiveConfig({ AZURE_TENANT_ID: TENANT, AZURE_CLIENT_ID: CLIENT, AZURE_CLIENT_SECRET: 'secret-value-xyz' });
    expect(c).toMatchObject({
      tenantId: TENANT, authKind: 'application', graphBaseUrl: 'https://graph.microsoft.com',
      authorityHost: 'https://login.microsoftonline.com', scopes: ['https://graph.microsoft.com/.default'],
      writeTenants: [], timeoutMs: 30_000, maxRetries: 4, retryBudgetMs: 120_000,
      credentials: { flow: 'client-secret', clientId: CLIENT, clientSecret: 'secret-value-xyz' },
    });
    expect(redact('secret is secret-value-xyz')).toBe('secret is [redacted]');
  });

  it.each([
    [{ AZURE_TENANT_ID: TENANT, AZURE_CLIENT_ID: CLIENT }, 'device-code', 'delegatedWork'],
    [{ AZURE_TENANT_ID: 'consumers', AZURE_CLIENT_ID: CLIENT }, 'device-code', 'delegatedPersonal'],
    [{ AZURE_TENANT_ID: TENANT, GRAPH_ACCESS_TOKEN: jwt({ roles: ['a'] }) }, 'token', 'application'],
    [{ AZURE_TENANT_ID: TENANT, GRAPH_ACCESS_TOKEN: jwt({ scp: 'User.Read' }) }, 'token', 'delegatedWork'],
    [{ AZURE_TENANT_ID: TENANT, GRAPH_ACCESS_TOKEN: 'opaque-token-1234', GRAPH_AUTH_KIND: 'delegatedPersonal' }, 'token', 'delegatedPersonal'],
  ])('infers flow and auth kind from %j', (env, flow, kind) => {
    const c = parseLiveConfig(env);
    expect(c.credentials.flow).toBe(flow);
    expect(c.authKind).toBe(kind);
  });

  it('reads lists, URLs and numbers', () => {
    const c = parseLiveConfig({
      AZURE_TENANT_ID: TENANT.toUpperCase(), AZURE_CLIENT_ID: CLIENT, AZURE_CLIENT_SECRET: 'x-secret-long',
      GRAPH_BASE_URL: 'https://graph.microsoft.us/', GRAPH_WRITE_TENANTS: `${TENANT}, contoso.onmicrosoft.com`,
      GRAPH_TIMEOUT_MS: '5000', GRAPH_SCOPES: 'a/.default  b/.default',
    });
    expect(c.tenantId).toBe(TENANT);
    expect(c.graphBaseUrl).toBe('https://graph.microsoft.us');
    expect(c.writeTenants).toEqual([TENANT, 'contoso.onmicrosoft.com']);
    expect(c.timeoutMs).toBe(5000);
    expect(c.scopes).toEqual(['a/.default', 'b/.default']);
  });

  it.each([
    [{}, 'AZURE_CLIENT_ID', /AZURE_CLIENT_ID is not set: set AZURE_CLIENT_ID with AZURE_CLIENT_SECRET/],
    [{ AZURE_CLIENT_ID: CLIENT }, 'AZURE_TENANT_ID', /AZURE_TENANT_ID is not set/],
    [{ AZURE_TENANT_ID: 'not a tenant', AZURE_CLIENT_ID: CLIENT }, 'AZURE_TENANT_ID', /tenant GUID or domain/],
    [{ AZURE_TENANT_ID: TENANT, AZURE_CLIENT_ID: 'abc' }, 'AZURE_CLIENT_ID', /must be a GUID/],
    [{ AZURE_TENANT_ID: TENANT, AZURE_CLIENT_ID: CLIENT, AZURE_CLIENT_SECRET: 's', AZURE_CLIENT_CERTIFICATE_PATH: '/x.pem' }, 'AZURE_CLIENT_CERTIFICATE_PATH', /both set/],
    [{ AZURE_TENANT_ID: TENANT, AZURE_CLIENT_ID: CLIENT, AZURE_CLIENT_CERTIFICATE_PATH: '/nope/x.pem' }, 'AZURE_CLIENT_CERTIFICATE_PATH', /cannot read \/nope\/x\.pem \(ENOENT\)/],
    [{ AZURE_TENANT_ID: TENANT, AZURE_CLIENT_ID: CLIENT, GRAPH_BASE_URL: 'http://graph.microsoft.com' }, 'GRAPH_BASE_URL', /must use https/],
    [{ AZURE_TENANT_ID: TENANT, AZURE_CLIENT_ID: CLIENT, AZURE_AUTHORITY_HOST: 'login' }, 'AZURE_AUTHORITY_HOST', /absolute URL/],
    [{ AZURE_TENANT_ID: TENANT, AZURE_CLIENT_ID: CLIENT, GRAPH_TIMEOUT_MS: '10s' }, 'GRAPH_TIMEOUT_MS', /integer >= 100, got "10s"/],
    [{ AZURE_TENANT_ID: TENANT, AZURE_CLIENT_ID: CLIENT, GRAPH_WRITE_TENANTS: 'prod tenant!' }, 'GRAPH_WRITE_TENANTS', /tenant GUID or domain/],
    [{ AZURE_TENANT_ID: TENANT, GRAPH_ACCESS_TOKEN: 'opaque-token-1234' }, 'GRAPH_AUTH_KIND', /not a readable JWT/],
    [{ AZURE_TENANT_ID: TENANT, AZURE_CLIENT_ID: CLIENT, AZURE_CLIENT_SECRET: 'secret-xyz-123', GRAPH_AUTH_KIND: 'delegatedWork' }, 'GRAPH_AUTH_KIND', /contradicts/],
  ])('rejects %j naming %s', (env, setting, message) => {
    const err = configError(env);
    expect(err.setting).toBe(setting);
    expect(err.code).toBe('CONFIG_INVALID');
    expect(err.message).toMatch(message);
  });

  it('rejects a certificate file without a private key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gc-cfg-'));
    const path = join(dir, 'cert.pem');
    writeFileSync(path, '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n');
    expect(configError({ AZURE_TENANT_ID: TENANT, AZURE_CLIENT_ID: CLIENT, AZURE_CLIENT_CERTIFICATE_PATH: path }).message).toMatch(/certificate and its private key/);
  });
});

describe('loadEnv', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gc-env-'));
  writeFileSync(join(dir, '.env'), 'AZURE_TENANT_ID=from-file\nGRAPH_SCOPES=file-scope\n');
  writeFileSync(join(dir, 'staging.env'), 'AZURE_TENANT_ID=staging\n');

  it('reads .env by default and lets the environment win', () => {
    expect(loadEnv(undefined, { GRAPH_SCOPES: 'env-scope' }, dir)).toMatchObject({ AZURE_TENANT_ID: 'from-file', GRAPH_SCOPES: 'env-scope' });
  });
  it('reads --env-file instead of .env', () => {
    expect(loadEnv('staging.env', {}, dir)).toEqual({ AZURE_TENANT_ID: 'staging' });
  });
  it('is fine without .env but requires a named --env-file', () => {
    expect(loadEnv(undefined, { A: '1' }, join(dir, 'empty'))).toEqual({ A: '1' });
    expect(() => loadEnv('missing.env', {}, dir)).toThrow(/--env-file: cannot read .*missing\.env \(ENOENT\)/);
  });
});
