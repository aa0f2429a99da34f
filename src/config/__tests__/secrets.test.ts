import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registerCachedTokens } from '../../auth/cachePlugin.js';
import { redact, REDACTED } from '../../redact/index.js';
import { parseLiveConfig } from '../parse.js';

const TENANT = '11111111-2222-3333-4444-555555555555';

describe('the secrets registry is filled from every source, whatever the flow', () => {
  it('registers the client secret when a token in hand is the flow used', () => {
    const config = parseLiveConfig({ AZURE_TENANT_ID: TENANT, GRAPH_ACCESS_TOKEN: 'opaque-token-in-hand-77', GRAPH_AUTH_KIND: 'application', AZURE_CLIENT_SECRET: 'unused-secret-value-88' });
    expect(config.credentials.flow).toBe('token');
    expect(redact('a unused-secret-value-88 b opaque-token-in-hand-77')).toBe(`a ${REDACTED} b ${REDACTED}`);
  });

  it("registers the certificate's private key, whole and line by line", () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
    const file = join(mkdtempSync(join(tmpdir(), 'gc-key-')), 'app.pem');
    writeFileSync(file, `-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n${privateKey}`);
    parseLiveConfig({ AZURE_TENANT_ID: TENANT, AZURE_CLIENT_ID: '99999999-8888-7777-6666-555555555555', AZURE_CLIENT_CERTIFICATE_PATH: file });
    const lines = privateKey.split('\n').filter((l) => l && !l.startsWith('-----'));
    expect(redact(`key: ${lines[3]}`)).toBe(`key: ${REDACTED}`);
    expect(redact(privateKey)).not.toContain(lines[5]);
    expect(redact(lines.join(''))).toBe(REDACTED);
  });

  it('registers every token of an msal cache, refresh tokens included', () => {
    registerCachedTokens(JSON.stringify({ RefreshToken: { k: { secret: 'refresh-token-from-cache-1' } }, AccessToken: { k: { secret: 'access-token-from-cache-2' } }, Account: { a: { username: 'x' } } }));
    expect(redact('refresh-token-from-cache-1 access-token-from-cache-2')).toBe(`${REDACTED} ${REDACTED}`);
  });
});
