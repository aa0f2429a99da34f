import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContractSet } from '../../src/contracts/artifacts/index.js';
import type { ContractSet } from '../../src/contracts/types.js';
import { startMockServer, type RunningMock } from '../../src/mock/index.js';
import { BUILD, ROOT, startNode } from './__helpers__/cli.js';
import { CLIENT, SECRET, TENANT, writeEnvFile } from './__helpers__/env.js';
import { startIdpStack, type IdpStack } from './__helpers__/stack.js';

// The seed contracts through the live session (tokens from the fake identity platform by msal)
// against the embedded mock in HTTPS mode, which accepts only tokens that platform issued.
let stack: IdpStack;
let mock: RunningMock;
let set: ContractSet;
let contractsFile: string;

beforeAll(async () => {
  stack = await startIdpStack('mock');
  set = await readContractSet(join(ROOT, 'contracts'), join(ROOT, 'schemas'));
  contractsFile = join(stack.dir, 'seeds.json');
  writeFileSync(contractsFile, JSON.stringify(set.contracts));
  mock = await startMockServer(set, {
    https: { cert: stack.certs.serverCert, key: stack.certs.serverKey },
    acceptToken: (token) => stack.idp.issued.access.includes(token),
  });
});
afterAll(async () => {
  await mock?.close();
  await stack?.close();
});

const env = (name: string, extra: Record<string, string> = {}) => writeEnvFile(stack.dir, name, {
  AZURE_TENANT_ID: TENANT, AZURE_CLIENT_ID: CLIENT, AZURE_AUTHORITY_HOST: stack.idp.host,
  GRAPH_BASE_URL: mock.url, GRAPH_WRITE_TENANTS: TENANT, ...extra,
});
const drive = (args: string[]) => {
  const cwd = mkdtempSync(join(stack.dir, 'run-'));
  return startNode([join(import.meta.dirname, '__helpers__', 'driver.mjs'), contractsFile, '--build', BUILD, ...args], stack.childEnv, cwd).done;
};

describe('seeds against the HTTPS mock', () => {
  it('sends only the GET without --allow-writes (client secret)', async () => {
    const r = await drive(['--env-file', env('secret.env', { AZURE_CLIENT_SECRET: SECRET })]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^200 GET \/beta\/education\/synchronizationProfiles\/[0-9a-f-]+\/profileStatus request-id=\S+ client-request-id=[0-9a-f-]{36}$/m);
    expect(r.stdout.match(/^skip (PUT|POST|PATCH) .*read-only without --allow-writes$/gm)).toHaveLength(3);
  });

  it('with writes allowed sends POST and PATCH, skips the PUT that app-only permissions cannot make (certificate)', async () => {
    const r = await drive(['--env-file', env('cert.env', { AZURE_CLIENT_CERTIFICATE_PATH: stack.certs.clientPemPath }), '--allow-writes']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('skip PUT /beta/education/synchronizationProfiles: Application permissions: "Not supported." (api/educationsynchronizationprofile-put.md)');
    expect(r.stdout).toMatch(/^201 POST \/beta\/education\/synchronizationProfiles\/\S+\/profileStatus /m);
    expect(r.stdout).toMatch(/^200 PATCH \/beta\/education\/synchronizationProfiles\/\S+\/profileStatus /m);
    // The seed POST creates under a single-valued navigation property and the mock documents no
    // DELETE for it: cleanup must say so rather than claim a deletion.
    expect(r.stdout).toMatch(/^cleanup: deleted 0 created resource\(s\); 1 not found \(404\)$/m);
  });

  it('with a delegated sign-in (device code) the PUT runs too', async () => {
    const r = await drive(['--env-file', env('device.env', { GRAPH_TOKEN_CACHE: join(stack.dir, 'device-cache.json') }), '--allow-writes']);
    expect(r.stderr).toMatch(/enter the code ABCD-EFGH/);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^202 PUT \/beta\/education\/synchronizationProfiles /m);
  });

  it('a token in hand that the mock refuses ends the run with one line (it cannot be refreshed)', async () => {
    const r = await drive(['--env-file', env('forged.env', { GRAPH_ACCESS_TOKEN: 'eyJhbGciOiJub25lIn0.eyJyb2xlcyI6WyJ4Il19.' })]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('graph-contracts: Graph rejected GRAPH_ACCESS_TOKEN (HTTP 401) and a token in hand cannot be refreshed: get a new one [TENANT_AUTH_FAILED]\n');
  });
});
