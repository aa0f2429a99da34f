import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { contract } from '../../src/live/__helpers__/contract.js';
import type { TestCerts } from './__helpers__/certs.js';
import { BUILD, ledgerLines, runCli, startNode, until } from './__helpers__/cli.js';
import { CLIENT, SECRET, TENANT, closedPort, writeEnvFile } from './__helpers__/env.js';
import { startFakeGraph, type FakeGraph } from './__helpers__/fakeGraph.js';
import type { FakeIdp } from './__helpers__/fakeIdp.js';
import { startIdpStack, type IdpStack } from './__helpers__/stack.js';

// The parent side of a live run (sign-in, write gate, recording transport, ledger cleanup at the
// end and on SIGINT) against the fake identity platform and a fake Graph, both over HTTPS.
let stack: IdpStack;
let dir: string;
let certs: TestCerts;
let idp: FakeIdp;
let graph: FakeGraph;
let contractsFile: string;

beforeAll(async () => {
  stack = await startIdpStack('session');
  ({ dir, certs, idp } = stack);
  graph = await startFakeGraph({ cert: certs.serverCert, key: certs.serverKey, issued: () => idp.issued.access });
  contractsFile = join(dir, 'contracts.json');
  writeFileSync(contractsFile, JSON.stringify([
    { ...contract('POST', '/things'), request: { ...contract('POST', '/things').request, body: { displayName: 'created by a test' } } },
    contract('GET', '/things/{id}'),
    contract('POST', '/things'),
    contract('GET', '/things'),
  ]));
});
afterAll(async () => {
  await graph?.close();
  await stack?.close();
});
beforeEach(() => graph.store.clear());

const env = (extra: Record<string, string> = {}) => writeEnvFile(dir, `${Object.keys(extra).join('-') || 'plain'}.env`, {
  AZURE_TENANT_ID: TENANT, AZURE_CLIENT_ID: CLIENT, AZURE_CLIENT_SECRET: SECRET, AZURE_AUTHORITY_HOST: idp.host,
  GRAPH_BASE_URL: graph.url, GRAPH_WRITE_TENANTS: TENANT, ...extra,
});
const drive = (args: string[], cwd = dir) =>
  startNode([join(import.meta.dirname, '__helpers__', 'driver.mjs'), contractsFile, '--build', BUILD, '--chain', ...args], { NODE_EXTRA_CA_CERTS: certs.serverCertPath }, cwd);


describe('live session', () => {
  it('runs reads only without --allow-writes', async () => {
    const r = await drive(['--env-file', env()]).done;
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('skip POST /beta/things: POST writes to the tenant; live runs are read-only without --allow-writes');
    expect(r.stdout).toMatch(/^200 GET \/beta\/things request-id=[0-9a-f-]{36} client-request-id=[0-9a-f-]{36}$/m);
    expect(graph.requests.filter((q) => q.method !== 'GET')).toEqual([]);
  });

  it('skips writes with --allow-writes when the tenant is not in GRAPH_WRITE_TENANTS', async () => {
    const r = await drive(['--env-file', env({ GRAPH_WRITE_TENANTS: 'staging.onmicrosoft.com' }), '--allow-writes']).done;
    expect(r.stdout).toContain(`skip POST /beta/things: POST writes to tenant ${TENANT}, which is not listed in GRAPH_WRITE_TENANTS`);
    expect(graph.store.size).toBe(0);
  });

  it('creates with writes allowed and deletes everything it created at the end', async () => {
    const cwd = mkdtempSync(join(dir, 'run-'));
    const r = await drive(['--env-file', env(), '--allow-writes'], cwd).done;
    expect(r.code).toBe(0);
    expect(r.stdout.match(/^201 POST \/beta\/things /gm)).toHaveLength(2);
    expect(r.stdout).toMatch(/^200 GET \/beta\/things\/[0-9a-f-]{36} /m);
    expect(r.stdout).toContain('cleanup: deleted 2 created resource(s)');
    expect(graph.store.size).toBe(0);
    expect(ledgerLines(cwd).filter((l) => l.includes('"op":"deleted"'))).toHaveLength(2);
    const ids = graph.requests.map((q) => q.headers['client-request-id']);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('deletes what it created when interrupted with SIGINT', async () => {
    const cwd = mkdtempSync(join(dir, 'int-'));
    const run = drive(['--env-file', env(), '--allow-writes', '--hang'], cwd);
    await until(() => run.output().includes('waiting for interrupt'));
    expect(graph.store.size).toBe(1);
    run.child.kill('SIGINT');
    const r = await run.done;
    expect(r.code).toBe(130);
    expect(r.stdout).toContain('SIGINT: stopping: no new requests; deleting what this run created');
    expect(r.stdout).toContain('cleanup: deleted 1 created resource(s)');
    expect(graph.store.size).toBe(0);
  });

  it('reports what it could not delete and keeps it in the ledger', async () => {
    const cwd = mkdtempSync(join(dir, 'denied-'));
    const run = drive(['--env-file', env(), '--allow-writes', '--hang'], cwd);
    await until(() => run.output().includes('waiting for interrupt'));
    graph.denyDeletes = true;
    const created = [...graph.store.keys()][0]!;
    run.child.kill('SIGINT');
    const r = await run.done;
    graph.denyDeletes = false;
    expect(r.stdout).toContain(`cleanup: could not delete ${created} (created by POST /beta/things): DELETE answered 403 Authorization_RequestDenied`);
    expect(ledgerLines(cwd).filter((l) => l.includes(created))).toHaveLength(1);
    expect(graph.store.has(created)).toBe(true);

    const later = await runCli(['cleanup', '--env-file', env(), '--allow-writes'], { NODE_EXTRA_CA_CERTS: certs.serverCertPath }, cwd);
    expect(later.stdout).toBe('cleanup: 1 ledger(s) of this tenant\ncleanup: deleted 1 created resource(s)\n');
    expect(later.code).toBe(0);
    expect(graph.store.has(created)).toBe(false);
  });

  it('refreshes a rejected token once and carries on', async () => {
    graph.revokeNext = true;
    const [logBefore, requestsBefore] = [idp.log.length, graph.requests.length];
    const r = await drive(['--env-file', env()]).done;
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^200 GET \/beta\/things /m);
    expect(idp.log.slice(logBefore).filter((l) => l.endsWith('client_credentials'))).toHaveLength(2);
    const [first, retry] = graph.requests.slice(requestsBefore);
    expect(retry!.path).toBe(first!.path);
    expect(retry!.headers.authorization).not.toBe(first!.headers.authorization);
  });

  it('fails with exit 2 and one line when Graph is unreachable', async () => {
    const port = await closedPort();
    const r = await drive(['--env-file', env({ GRAPH_BASE_URL: `https://127.0.0.1:${port}` })]).done;
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(new RegExp(`cannot reach https://127\\.0\\.0\\.1:${port}/beta/things\\S*: ECONNREFUSED \\[TENANT_UNREACHABLE\\]`));
  });

  it('never prints the client secret or a token', async () => {
    const cwd = mkdtempSync(join(dir, 'leak-'));
    const r = await drive(['--env-file', env(), '--allow-writes'], cwd).done;
    const everything = r.stdout + r.stderr + ledgerLines(cwd).join('\n');
    expect(r.stdout).toContain('"authorization":"[redacted]"');
    for (const secret of [SECRET, ...idp.issued.access, ...idp.issued.refresh]) expect(everything).not.toContain(secret);
  });
});
