import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Ledger, type LedgerHeader } from '../../src/live/ledger.js';
import { runCli } from './__helpers__/cli.js';
import { CLIENT, SECRET, TENANT, writeEnvFile } from './__helpers__/env.js';
import { startEchoGraph, type EchoGraph } from './__helpers__/echoGraph.js';
import { startIdpStack, type IdpStack } from './__helpers__/stack.js';

// `graph-contracts cleanup` deletes what a ledger says a run created, and only with the permission
// a run needs to write, only for its own tenant and Graph base URL, only Graph paths.
const OTHER_TENANT = '99999999-0000-0000-0000-000000000001';
let stack: IdpStack;
let graph: EchoGraph;

beforeAll(async () => {
  stack = await startIdpStack('cleanup');
  graph = await startEchoGraph({ cert: stack.certs.serverCert, key: stack.certs.serverKey, accepts: (t) => stack.idp.issued.access.includes(t) });
});
afterAll(async () => {
  await graph?.close();
  await stack?.close();
});
beforeEach(() => graph.reset());

const env = (extra: Record<string, string> = {}) => writeEnvFile(mkdtempSync(join(stack.dir, 'env-')), 'live.env', {
  AZURE_TENANT_ID: TENANT, AZURE_CLIENT_ID: CLIENT, AZURE_CLIENT_SECRET: SECRET, AZURE_AUTHORITY_HOST: stack.idp.host,
  GRAPH_BASE_URL: graph.url, GRAPH_WRITE_TENANTS: TENANT, ...extra,
});

/** A ledger as a run against `header`'s tenant and host leaves it: `ids` created, none deleted. */
function ledgerOf(header: Partial<LedgerHeader>, urls: string[]): string {
  const path = join(mkdtempSync(join(stack.dir, 'ledger-')), 'run.jsonl');
  const ledger = new Ledger(path, { runId: 'r', tenantId: TENANT, graphBaseUrl: graph.url, marker: 'gcrun-0', startedAt: '2024-01-01T00:00:00Z', ...header });
  for (const url of urls) ledger.created({ url, createdBy: 'POST /beta/things' });
  return path;
}

const cleanup = (args: string[]) => runCli(['cleanup', ...args], stack.childEnv, stack.dir);

describe('graph-contracts cleanup', () => {
  it('needs --allow-writes and the tenant in GRAPH_WRITE_TENANTS, like a run that writes', async () => {
    const ledger = ledgerOf({}, ['/beta/things/existing-1']);
    const without = await cleanup(['--ledger', ledger, '--env-file', env()]);
    expect(without.code).toBe(2);
    expect(without.stderr).toBe(`graph-contracts: cleanup deletes from tenant ${TENANT}: DELETE writes to the tenant; live runs are read-only without --allow-writes [CONFIG_INVALID]\n`);
    const unlisted = await cleanup(['--ledger', ledger, '--allow-writes', '--env-file', env({ GRAPH_WRITE_TENANTS: OTHER_TENANT })]);
    expect(unlisted.code).toBe(2);
    expect(unlisted.stderr).toMatch(/which is not listed in GRAPH_WRITE_TENANTS \[CONFIG_INVALID\]$/m);
    expect(graph.requests).toEqual([]);
    expect(graph.store.has('existing-1')).toBe(true);
  });

  it('deletes what the ledger holds, once', async () => {
    const ledger = ledgerOf({}, ['/beta/things/existing-1']);
    const r = await cleanup(['--ledger', ledger, '--allow-writes', '--env-file', env()]);
    expect(r.stdout).toBe('cleanup: 1 ledger(s) of this tenant\ncleanup: deleted 1 created resource(s)\n');
    expect(r.code).toBe(0);
    expect(graph.store.has('existing-1')).toBe(false);
    const again = await cleanup(['--ledger', ledger, '--allow-writes', '--env-file', env()]);
    expect(again.stdout).toBe('cleanup: 1 ledger(s) of this tenant\ncleanup: deleted 0 created resource(s)\n');
    expect(graph.requests.filter((q) => q.method === 'DELETE')).toHaveLength(1);
  });

  it.each([
    ['another tenant', { tenantId: OTHER_TENANT }, `belongs to tenant ${OTHER_TENANT}, not ${TENANT}: not touched`],
    ['another Graph host', { graphBaseUrl: 'https://graph.other.example' }, 'belongs to https://graph.other.example, not https://127.0.0.1:'],
  ])('refuses a ledger of %s and sends nothing', async (_name, header, reason) => {
    const ledger = ledgerOf(header, ['/beta/things/existing-1']);
    const r = await cleanup(['--ledger', ledger, '--allow-writes', '--env-file', env()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`cleanup: ledger ${ledger} ${reason}`);
    expect(graph.requests).toEqual([]);
    expect(graph.store.has('existing-1')).toBe(true);
  });

  it('never deletes a URL that is not a Graph path of the configured host', async () => {
    const ledger = ledgerOf({}, [`${graph.url}/beta/things/existing-1`, '/beta/things/../things/existing-2']);
    const r = await cleanup(['--ledger', ledger, '--allow-writes', '--env-file', env()]);
    expect(r.code).toBe(2);
    expect(r.stdout.match(/refused: not a path under \/beta or \/v1\.0/g)).toHaveLength(2);
    expect(graph.requests).toEqual([]);
  });

  it('--dry-run says what it would delete and sends nothing, with or without --allow-writes', async () => {
    const ledger = ledgerOf({}, ['/beta/things/existing-1']);
    const signIns = stack.idp.log.length;
    const r = await cleanup(['--ledger', ledger, '--dry-run', '--env-file', env()]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('cleanup: 1 ledger(s) of this tenant\ncleanup: dry run: nothing is sent\n  would delete /beta/things/existing-1 (created by POST /beta/things)\n');
    expect(graph.requests).toEqual([]);
    expect(stack.idp.log.length).toBe(signIns);
  });

  it('a missing --ledger file is named', async () => {
    const r = await cleanup(['--ledger', join(stack.dir, 'nope.jsonl'), '--allow-writes', '--env-file', env()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`graph-contracts: --ledger: cannot read ${join(stack.dir, 'nope.jsonl')} (ENOENT) [CONFIG_INVALID]\n`);
  });
});
