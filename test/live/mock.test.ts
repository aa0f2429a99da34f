import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContractSet } from '../../src/contracts/artifacts/index.js';
import type { ContractSet } from '../../src/contracts/types.js';
import { SEED_ID, startMockServer, type RunningMock } from '../../src/mock/index.js';
import { buildFromDocs } from '../../src/pipeline.js';
import type { RunResult } from '../../src/results/types.js';
import { BUILD, CLI, ROOT, ledgerLines, runCli, startNode, until } from './__helpers__/cli.js';
import { CLIENT, SECRET, TENANT, closedPort, writeEnvFile } from './__helpers__/env.js';
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
    mock.state.reset();
    const r = await drive(['--env-file', env('cert.env', { AZURE_CLIENT_CERTIFICATE_PATH: stack.certs.clientPemPath }), '--allow-writes']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('skip PUT /beta/education/synchronizationProfiles: Application permissions: "Not supported." (api/educationsynchronizationprofile-put.md)');
    expect(r.stdout).toMatch(/^201 POST \/beta\/education\/synchronizationProfiles\/\S+\/profileStatus /m);
    expect(r.stdout).toMatch(/^200 PATCH \/beta\/education\/synchronizationProfiles\/\S+\/profileStatus /m);
    // The seed POST creates the entity of a single-valued navigation property (its GET answers one
    // entity): recorded at the POST's own URL, where cleanup deletes it.
    expect(r.stdout).toMatch(/^cleanup: deleted 1 created resource\(s\)$/m);
    expect(mock.store.created()).toEqual([]);
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

/** `graph-contracts run --target live` with the mock's seeded ids as fixtures (a tenant needs its own). */
function liveArgs(cwd: string, envFile: string, extra: string[]): string[] {
  const fixtures = join(cwd, 'fixtures.json');
  writeFileSync(fixtures, JSON.stringify({ default: SEED_ID }));
  return ['run', '--target', 'live', '--env-file', envFile, '--fixtures', fixtures, '--reports', join(cwd, 'reports'), ...extra];
}
const readResults = (cwd: string) => {
  const file = join(cwd, 'reports', 'results.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as RunResult) : undefined;
};
/** Runs it in a child to the end; the results.json it wrote. */
async function runLive(envFile: string, extra: string[] = []) {
  const cwd = mkdtempSync(join(stack.dir, 'run-'));
  const r = await runCli(liveArgs(cwd, envFile, extra), stack.childEnv, cwd);
  return { ...r, cwd, reports: join(cwd, 'reports'), results: readResults(cwd) };
}
const skipReasons = (run: RunResult | undefined) => new Set(run?.cases.filter((c) => c.state === 'skipped').map((c) => `${c.operation}: ${c.skipReason}`));

describe('graph-contracts run --target live against the HTTPS mock', () => {
  const statusKey = `/education/synchronizationprofiles/${SEED_ID}/profilestatus`;

  it('skips the writes without --allow-writes and leaves the store untouched', async () => {
    mock.state.reset();
    const r = await runLive(env('suites-ro.env', { AZURE_CLIENT_SECRET: SECRET }));
    expect(r.stdout).toMatch(/^\d+ passed, 0 failed, \d+ skipped, \d+ errors? \(.*\)$/m);
    expect(r.code).toBe(0);
    const reasons = skipReasons(r.results);
    expect(reasons).toContain('POST /education/synchronizationProfiles/{educationSynchronizationProfileId}/profileStatus: POST writes to the tenant; live runs are read-only without --allow-writes');
    expect(reasons).toContain('PATCH /education/synchronizationProfiles/{educationSynchronizationProfileId}/profileStatus: PATCH writes to the tenant; live runs are read-only without --allow-writes');
    expect(r.results!.cases.some((c) => c.state === 'passed' && c.operation.startsWith('GET '))).toBe(true);
    expect(mock.store.isSeed(statusKey)).toBe(true);
  });

  it('passes with writes allowed; no secret or token in any output or report', async () => {
    mock.state.reset();
    const r = await runLive(env('suites-rw.env', { AZURE_CLIENT_SECRET: SECRET }), ['--allow-writes']);
    expect(r.stdout).toMatch(/^\d+ passed, 0 failed, \d+ skipped, \d+ errors? \(.*\)$/m);
    expect(r.code).toBe(0);
    expect(skipReasons(r.results)).toContain('PUT /education/synchronizationProfiles: Application permissions: "Not supported." (api/educationsynchronizationprofile-put.md)');
    // The store proves the cleanup: the run wrote there, and nothing it created is left.
    expect(mock.store.isSeed(statusKey)).toBe(false);
    expect(r.stderr).toMatch(/^cleanup: deleted 1 created resource\(s\)$/m);
    expect(ledgerLines(r.cwd).filter((l) => l.includes('"op":"deleted"'))).toHaveLength(1);
    expect(mock.store.created()).toEqual([]);
    const files = readdirSync(r.reports).map((f) => join(r.reports, f));
    expect(files.map((f) => basename(f)).sort()).toEqual(['index.html', 'junit.xml', 'results.json']);
    const everything = [r.stdout, r.stderr, ...files.map((f) => readFileSync(f, 'utf8'))].join('\n');
    const secrets = [SECRET, ...stack.idp.issued.access, ...stack.idp.issued.refresh];
    expect(secrets.length).toBeGreaterThan(2);
    for (const secret of secrets) expect(everything).not.toContain(secret);
  });

  it('--dry-run prints the plan and sends nothing', async () => {
    const before = stack.idp.log.length;
    const r = await runLive(env('suites-dry.env', { AZURE_CLIENT_SECRET: SECRET }), ['--dry-run', '--allow-writes', '--expect-denied']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^dry run: nothing is sent$/m);
    expect(r.stdout).toMatch(/^writes allowed; tenant in GRAPH_WRITE_TENANTS; --expect-denied$/m);
    expect(r.stdout).toMatch(/^ {2}expect-denied +PUT +\/beta\/education\/synchronizationProfiles \(Application permissions: "Not supported\." \(api\/educationsynchronizationprofile-put\.md\)\) -> creates \/beta\/education\/synchronizationProfiles$/m);
    // Every write shows where it goes: the PATCH only to the status this run's POST creates.
    expect(r.stdout).toMatch(/^ {2}send +PATCH +\/beta\/education\/synchronizationProfiles\/\{educationSynchronizationProfileId\}\/profileStatus -> the resource POST \/beta\/education\/synchronizationProfiles\/\{educationSynchronizationProfileId\}\/profileStatus creates in this run$/m);
    expect(r.stdout).toMatch(/^ {2}send +GET +\/beta\/education\/synchronizationProfiles\/\{id\}\/profileStatus$/m);
    expect(r.stdout).toMatch(/^3 to send, 1 expected denied, 0 skipped$/m);
    expect(stack.idp.log.length).toBe(before);
    expect(r.results).toBeUndefined();
  });

  it('an unreachable tenant gives exit 2 and one line', async () => {
    const port = await closedPort();
    const r = await runLive(env('suites-down.env', { AZURE_CLIENT_SECRET: SECRET, AZURE_AUTHORITY_HOST: `https://127.0.0.1:${port}` }));
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/\[TENANT_UNREACHABLE\]$/m);
  });
});

describe('throttling', () => {
  let throttled: RunningMock;
  beforeAll(async () => {
    // Every method and path answers 429 with Retry-After 0.5 once, then normally.
    throttled = await startMockServer(set, {
      https: { cert: stack.certs.serverCert, key: stack.certs.serverKey },
      acceptToken: (token) => stack.idp.issued.access.includes(token),
      drift: 'throttled-fractional',
      driftTimes: 1,
    });
  });
  afterAll(() => throttled?.close());
  const run = (name: string, extra: Record<string, string>) =>
    runLive(env(name, { AZURE_CLIENT_SECRET: SECRET, GRAPH_BASE_URL: throttled.url, ...extra }));

  it('still passes when requests are throttled, within a small retry budget', async () => {
    throttled.state.reset();
    const r = await run('t-ok.env', { GRAPH_RETRY_BUDGET_MS: '10000' });
    expect(r.stdout).toMatch(/^\d+ passed, 0 failed, \d+ skipped, \d+ errors? \(.*\)$/m);
    expect(r.code).toBe(0);
  });

  it('errors (exit 2) when no retry is allowed', async () => {
    throttled.state.reset();
    const r = await run('t-none.env', { GRAPH_MAX_RETRIES: '0' });
    expect(r.code).toBe(2);
    expect(r.results!.cases.some((c) => c.state === 'error' && /429/.test(c.error?.message ?? ''))).toBe(true);
  });
});

describe('--expect-denied', () => {
  // App-only sign-in, writes allowed: the PUT page says Application "Not supported.".
  const args = ['--allow-writes', '--expect-denied', '--filter', 'educationsynchronizationprofile-put'];
  const deniedCases = (run: RunResult | undefined) => run?.cases.filter((c) => c.checkId === 'request-denied') ?? [];

  it('sends the request the sign-in may not make and passes when the tenant denies it (403, error envelope)', async () => {
    mock.state.reset();
    const r = await runLive(env('denied.env', { AZURE_CLIENT_SECRET: SECRET }), args);
    expect(r.code).toBe(0);
    expect(deniedCases(r.results).map((c) => [c.operation, c.state])).toEqual([['PUT /education/synchronizationProfiles', 'passed']]);
    expect(r.results!.cases.filter((c) => c.checkId !== 'request-denied')).toEqual([]);
    expect(readFileSync(join(r.reports, 'junit.xml'), 'utf8')).toContain('request-denied');
  });

  it('fails the case when the tenant wrongly allows it', async () => {
    const lax = await startMockServer(set, {
      https: { cert: stack.certs.serverCert, key: stack.certs.serverKey },
      acceptToken: (token) => stack.idp.issued.access.includes(token),
      permissions: 'ignore',
    });
    try {
      const r = await runLive(env('lax.env', { AZURE_CLIENT_SECRET: SECRET, GRAPH_BASE_URL: lax.url }), args);
      expect(r.code).toBe(1);
      const [denied] = deniedCases(r.results);
      expect(denied?.state).toBe('failed');
      expect(denied?.violations.map((v) => v.message)).toContain('expected the request to be denied (401 or 403) because the docs say this permission type is not supported, got 202');
      expect(denied?.violations[0]?.source?.file).toBe('api/educationsynchronizationprofile-put.md');
    } finally {
      await lax.close();
    }
  });
});

describe('interrupted live run', () => {
  // Seeds plus a collection create (statusHistory) whose DELETE page allows delegated sign-ins
  // only: app-only cleanup cannot delete that entry, a later delegated `cleanup` can.
  let docs: string;
  let slow: RunningMock;
  beforeAll(async () => {
    docs = join(stack.dir, 'docs');
    cpSync(join(ROOT, 'contracts', 'docs'), docs, { recursive: true });
    cpSync(join(import.meta.dirname, '__fixtures__', 'docs'), docs, { recursive: true });
    // Every documented answer takes 1.5 s, so the run is still going when it is interrupted.
    slow = await startMockServer((await buildFromDocs(docs)).set, {
      https: { cert: stack.certs.serverCert, key: stack.certs.serverKey },
      acceptToken: (token) => stack.idp.issued.access.includes(token),
      drift: 'slow-response',
      slowMs: 1500,
    });
  });
  afterAll(() => slow?.close());

  it('SIGINT mid-run: deletes what it created, reports what it could not, exits 2 with reports marked incomplete', async () => {
    const cwd = mkdtempSync(join(stack.dir, 'sigint-'));
    const envFile = env('sigint.env', { AZURE_CLIENT_SECRET: SECRET, GRAPH_BASE_URL: slow.url });
    const run = startNode([CLI, ...liveArgs(cwd, envFile, ['--docs', docs, '--allow-writes'])], stack.childEnv, cwd);
    await until(() => ledgerLines(cwd).filter((l) => l.includes('"op":"created"')).length === 2, 60_000);
    const created = slow.store.created();
    expect(created).toHaveLength(2);
    run.child.kill('SIGINT');
    const r = await run.done;

    expect(r.stderr).toMatch(/^interrupted: stopping after the running tests/m);
    expect(r.code).toBe(2);
    expect(readResults(cwd)?.complete).toBe(false);
    expect(readFileSync(join(cwd, 'reports', 'junit.xml'), 'utf8')).toContain('<testsuites');
    expect(r.stderr).toMatch(/^cleanup: deleted 1 created resource\(s\)$/m);
    const history = `/beta/education/synchronizationProfiles/${SEED_ID}/statusHistory/`;
    const refused = new RegExp(`^cleanup: could not delete ${history}(\\S+) \\(created by POST ${history.slice(0, -1)}\\): DELETE answered 403 Authorization_RequestDenied$`, 'm');
    const id = refused.exec(r.stderr)?.[1];
    expect(id).toBeDefined();
    // The store holds exactly what was reported as not deleted.
    expect(slow.store.created()).toEqual([`/education/synchronizationprofiles/${SEED_ID}/statushistory/${id!.toLowerCase()}`]);

    // A delegated sign-in may delete it: `cleanup` finishes the job from the ledger.
    const later = await runCli(['cleanup', '--allow-writes', '--env-file', env('sigint-device.env', { GRAPH_BASE_URL: slow.url, GRAPH_TOKEN_CACHE: join(cwd, 'cache.json') })], stack.childEnv, cwd);
    expect(later.stdout).toMatch(/^cleanup: deleted 1 created resource\(s\)$/m);
    expect(later.code).toBe(0);
    expect(slow.store.created()).toEqual([]);
  }, 90_000);
});
