import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContractSet } from '../../src/contracts/artifacts/index.js';
import { SEED_ID, startMockServer, type RunningMock } from '../../src/mock/index.js';
import type { RunResult } from '../../src/results/types.js';
import { ROOT, buildForChildren, ledgerLines, runCli } from './__helpers__/cli.js';
import { TENANT, writeEnvFile } from './__helpers__/env.js';

// `run --target live` signed by a custom auth module (GRAPH_CONTRACTS_AUTH_MODULE), against the
// embedded mock over loopback HTTP, which accepts only the module's token: the module replaces
// msal, never the write gate, the ledger, cleanup or the permission skips.
const claims = Buffer.from(JSON.stringify({ roles: ['EduRoster.ReadWrite.All'], tid: TENANT })).toString('base64url');
const TOKEN = `eyJhbGciOiJub25lIn0.${claims}.c2lnbmF0dXJlLW9mLXRoZS1jdXN0b20tbW9kdWxl`;
let dir: string;
let mock: RunningMock;
let calls: string;
/** Every write the mock received (method and path), as a client's requests reach it. */
const writes: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gc-custom-auth-'));
  calls = join(dir, 'calls.log');
  writeFileSync(join(dir, 'auth.mjs'), [
    "import { appendFileSync } from 'node:fs';",
    `export async function authHeaders(options = {}) {`,
    `  appendFileSync(${JSON.stringify(calls)}, (options.forceRefresh ? 'refresh' : 'get') + '\\n');`,
    `  return { authorization: 'Bearer ${TOKEN}' };`,
    '}',
  ].join('\n'));
  const set = await readContractSet(join(ROOT, 'contracts'), join(ROOT, 'schemas'));
  [mock] = await Promise.all([startMockServer(set, { acceptToken: (token) => token === TOKEN, onExchange: (req) => { if (req.method !== 'GET') writes.push(`${req.method} ${req.url}`); } }), buildForChildren()]);
});
afterAll(async () => {
  await mock?.close();
  rmSync(dir, { recursive: true, force: true });
});

const env = (name: string, extra: Record<string, string> = {}) =>
  writeEnvFile(dir, name, { AZURE_TENANT_ID: TENANT, GRAPH_CONTRACTS_AUTH_MODULE: './auth.mjs', GRAPH_AUTH_KIND: 'application', GRAPH_BASE_URL: mock.url, GRAPH_WRITE_TENANTS: TENANT, ...extra });

/** Runs the CLI in a fresh folder beside the module (its path in the env file is relative). */
async function runLive(envFile: string, extra: string[] = []) {
  const cwd = mkdtempSync(join(dir, 'run-'));
  writeFileSync(join(cwd, 'auth.mjs'), readFileSync(join(dir, 'auth.mjs')));
  const fixtures = join(cwd, 'fixtures.json');
  writeFileSync(fixtures, JSON.stringify({ default: SEED_ID }));
  const r = await runCli(['run', '--target', 'live', '--env-file', envFile, '--fixtures', fixtures, '--reports', join(cwd, 'reports'), ...extra], {}, cwd);
  const reports = join(cwd, 'reports');
  const results = JSON.parse(readFileSync(join(reports, 'results.json'), 'utf8')) as RunResult;
  const everything = [r.stdout, r.stderr, ...readdirSync(reports).map((f) => readFileSync(join(reports, f), 'utf8'))].join('\n');
  return { ...r, cwd, results, everything };
}
const skipReasons = (run: RunResult) => new Set(run.cases.filter((c) => c.state === 'skipped').map((c) => `${c.operation}: ${c.skipReason}`));
const statusWrite = /^POST \/beta\/education\/synchronizationProfiles\/[^/]+\/profileStatus$/;
const POST = 'POST /education/synchronizationProfiles/{educationSynchronizationProfileId}/profileStatus';

describe('a live run signed by a custom auth module', () => {
  it('is read-only without --allow-writes: writes are skipped, nothing is created', async () => {
    mock.state.reset();
    writes.length = 0;
    const r = await runLive(env('ro.env'));
    expect(r.stdout).toMatch(/^\d+ passed, 0 failed, \d+ skipped, \d+ errors? \(.*\)$/m);
    expect(r.code).toBe(0);
    expect(skipReasons(r.results)).toContain(`${POST}: POST writes to the tenant; live runs are read-only without --allow-writes`);
    expect(r.results.cases.some((c) => c.state === 'passed' && c.operation.startsWith('GET '))).toBe(true);
    expect(writes).toEqual([]);
    expect(ledgerLines(r.cwd)).toEqual([]);
    expect(readFileSync(calls, 'utf8')).toMatch(/^get$/m);
  });

  it('with --allow-writes records every create in the ledger and deletes it at the end; permission skips apply', async () => {
    mock.state.reset();
    writes.length = 0;
    const r = await runLive(env('rw.env'), ['--allow-writes']);
    expect(r.stdout).toMatch(/^\d+ passed, 0 failed, \d+ skipped, \d+ errors? \(.*\)$/m);
    expect(r.code).toBe(0);
    expect(writes.filter((w) => statusWrite.test(w))).toHaveLength(1);
    expect(r.stderr).toMatch(/^cleanup: deleted 1 created resource\(s\)$/m);
    const ledger = ledgerLines(r.cwd);
    expect(ledger.filter((l) => l.includes('"op":"created"'))).toHaveLength(1);
    expect(ledger.filter((l) => l.includes('"op":"deleted"'))).toHaveLength(1);
    expect(mock.store.created()).toEqual([]);
    expect(skipReasons(r.results)).toContain('PUT /education/synchronizationProfiles: Application permissions: "Not supported." (api/educationsynchronizationprofile-put.md)');
    expect(r.everything).not.toContain(TOKEN.split('.')[2]);
  });

  it('writes only to a tenant listed in GRAPH_WRITE_TENANTS, whatever --allow-writes says', async () => {
    mock.state.reset();
    writes.length = 0;
    const r = await runLive(env('other.env', { GRAPH_WRITE_TENANTS: '99999999-9999-9999-9999-999999999999' }), ['--allow-writes']);
    expect(r.code).toBe(0);
    expect(skipReasons(r.results)).toContain(`${POST}: POST writes to tenant ${TENANT}, which is not listed in GRAPH_WRITE_TENANTS`);
    expect(writes).toEqual([]);
  });

  it('needs the permission type it signs in with: without GRAPH_AUTH_KIND, exit 2 and one line naming it', async () => {
    const cwd = mkdtempSync(join(dir, 'kind-'));
    const r = await runCli(['run', '--target', 'live', '--env-file', env('nokind.env', { GRAPH_AUTH_KIND: '' })], {}, cwd);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/GRAPH_AUTH_KIND is not set: with GRAPH_CONTRACTS_AUTH_MODULE .*\[CONFIG_INVALID\]$/m);
  });
});
