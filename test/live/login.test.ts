import { mkdtempSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCerts, type TestCerts } from './__helpers__/certs.js';
import { runCli } from './__helpers__/cli.js';
import { CLIENT, SECRET, TENANT, closedPort, writeEnvFile } from './__helpers__/env.js';
import type { FakeIdp } from './__helpers__/fakeIdp.js';
import { startIdpStack, type IdpStack } from './__helpers__/stack.js';

// The real msal-node code path against a local HTTPS identity platform, in child processes
// (NODE_EXTRA_CA_CERTS is read at start-up): secret, certificate, device code with a token cache.
let stack: IdpStack;
let dir: string;
let certs: TestCerts;
let idp: FakeIdp;
let childEnv: Record<string, string>;

beforeAll(async () => {
  stack = await startIdpStack('login');
  ({ dir, certs, idp, childEnv } = stack);
});
afterAll(() => stack?.close());

const base = () => ({ AZURE_TENANT_ID: TENANT, AZURE_CLIENT_ID: CLIENT, AZURE_AUTHORITY_HOST: idp.host });
const login = (envFile: string) => runCli(['login', '--env-file', envFile], childEnv, dir);

describe('graph-contracts login', () => {
  it('signs in with a client secret', async () => {
    const r = await login(writeEnvFile(dir, 'secret.env', { ...base(), AZURE_CLIENT_SECRET: SECRET }));
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(new RegExp(`signed in to tenant ${TENANT} with client-secret \\(application\\); token valid until`));
    expect(r.code).toBe(0);
    expect(idp.log).toContain(`POST /${TENANT}/oauth2/v2.0/token client_credentials`);
  });

  it('signs in with a certificate whose client assertion the identity platform verifies', async () => {
    const before = idp.issued.access.length;
    const r = await login(writeEnvFile(dir, 'cert.env', { ...base(), AZURE_CLIENT_CERTIFICATE_PATH: certs.clientPemPath }));
    expect(r.stdout + r.stderr).toMatch(/with client-certificate \(application\)/);
    expect(r.code).toBe(0);
    expect(idp.issued.access.length).toBe(before + 1);
  });

  it('rejects an assertion signed by another key with one redacted line and exit 2', async () => {
    const otherDir = mkdtempSync(join(dir, 'other-'));
    const other = makeCerts(otherDir);
    const r = await login(writeEnvFile(dir, 'other.env', { ...base(), AZURE_CLIENT_CERTIFICATE_PATH: other.clientPemPath }));
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/TENANT_AUTH_FAILED/);
    expect(idp.rejections).toContain('AADSTS700027: client assertion signature invalid');
  });

  it('reports a wrong secret in one line naming the AADSTS code, without the secret', async () => {
    const wrong = 'wrong-secret-value-1234567890';
    const r = await login(writeEnvFile(dir, 'wrong.env', { ...base(), AZURE_CLIENT_SECRET: wrong }));
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/invalid_client.*AADSTS7000215.*\[TENANT_AUTH_FAILED\]/);
    expect(r.stdout + r.stderr).not.toContain(wrong);
  });

  it('prompts once for a device code, then signs in silently from the token cache file', async () => {
    const cache = join(dir, 'cache', 'msal.json');
    const envFile = writeEnvFile(dir, 'device.env', { ...base(), GRAPH_TOKEN_CACHE: cache });
    const first = await login(envFile);
    expect(first.stderr).toMatch(/enter the code ABCD-EFGH/);
    expect(first.stdout).toMatch(/with device-code \(delegatedWork\)/);
    expect(first.code).toBe(0);
    expect(statSync(cache).mode & 0o777).toBe(0o600);
    const devicecodeCalls = () => idp.log.filter((l) => l.endsWith('/devicecode')).length;
    const prompts = devicecodeCalls();
    const second = await login(envFile);
    expect(second.stderr).toBe('');
    expect(second.stdout).toMatch(/with device-code \(delegatedWork\)/);
    expect(devicecodeCalls()).toBe(prompts);
  });

  it('gives exit 2 and one line when the identity platform is unreachable', async () => {
    const port = await closedPort();
    const r = await login(writeEnvFile(dir, 'down.env', { ...base(), AZURE_CLIENT_SECRET: SECRET, AZURE_AUTHORITY_HOST: `https://127.0.0.1:${port}`, GRAPH_TIMEOUT_MS: '3000' }));
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(new RegExp(`cannot reach https://127\\.0\\.0\\.1:${port}/.*ECONNREFUSED.*\\[TENANT_UNREACHABLE\\]`));
  });

  it('names the bad setting in one line for invalid configuration', async () => {
    const r = await login(writeEnvFile(dir, 'bad.env', { ...base(), AZURE_CLIENT_ID: 'not-a-guid' }));
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('graph-contracts: AZURE_CLIENT_ID must be a GUID (the application\'s client id), got "not-a-guid" [CONFIG_INVALID]');
  });
});
