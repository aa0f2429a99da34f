import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/results/types.js';
import { leaksOf } from '../../src/redact/__helpers__/leaks.js';
import { CLIENT, SECRET, TENANT } from './__helpers__/env.js';
import { startEchoGraph, type EchoGraph } from './__helpers__/echoGraph.js';
import { filesUnder, liveInputs, runFolder, startLiveRun } from './__helpers__/liveRun.js';
import { startIdpStack, type IdpStack } from './__helpers__/stack.js';
import { writeThingDocs } from './__helpers__/thingDocs.js';

// `graph-contracts run --target live` against a hostile fake Graph (echoGraph.ts) that echoes the
// Authorization header into bodies, headers and error texts, answers 500s holding the token and
// leaves some creates unanswered: with a client secret (msal against the local HTTPS identity
// platform), a token in hand and a custom auth module, nothing the run prints or writes holds a
// secret in any encoding, nothing it created is left, and no write reaches what it did not create.
const b64url = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
const STATIC_TOKEN = `${b64url({ alg: 'RS256', typ: 'JWT' })}.${b64url({ roles: ['Thing.ReadWrite.All'], tid: TENANT })}.${randomBytes(40).toString('base64url')}`;
const MODULE_TOKEN = `opaque~${randomBytes(24).toString('hex')}/module+token=`;
const FIXTURES = { disposable: { paths: { '/things/{thing-id}/archive': { 'thing-id': 'spare-1' } } } };

let stack: IdpStack;
let graph: EchoGraph;
let docs: string;

beforeAll(async () => {
  stack = await startIdpStack('trust');
  graph = await startEchoGraph({ cert: stack.certs.serverCert, key: stack.certs.serverKey, accepts: (t) => stack.idp.issued.access.includes(t) || t === STATIC_TOKEN || t === MODULE_TOKEN });
  docs = writeThingDocs(join(stack.dir, 'docs'));
  // A chatty module: it prints what it signs with (the CLI's output is redacted as it is printed).
  writeFileSync(join(stack.dir, 'auth.mjs'), `export async function authHeaders() { const value = ${JSON.stringify(`Bearer ${MODULE_TOKEN}`)}; console.error('auth module signs with', value); return { Authorization: value }; }\n`);
});
afterAll(async () => {
  await graph?.close();
  await stack?.close();
});
beforeEach(() => graph.reset());

const settings = (extra: Record<string, string>) => ({
  AZURE_TENANT_ID: TENANT, AZURE_CLIENT_ID: CLIENT, AZURE_CLIENT_SECRET: SECRET, AZURE_AUTHORITY_HOST: stack.idp.host,
  GRAPH_BASE_URL: graph.url, GRAPH_WRITE_TENANTS: TENANT, GRAPH_TIMEOUT_MS: '2500', GRAPH_MAX_RETRIES: '1', ...extra,
});

async function run(extra: Record<string, string>, args: string[] = []) {
  const folder = runFolder(stack.dir);
  const r = await startLiveRun(folder, liveInputs(stack.dir, settings(extra), FIXTURES), docs, stack.childEnv, args).done;
  const written = filesUnder(folder.root);
  const resultsFile = join(folder.cwd, 'reports', 'results.json');
  const results = existsSync(resultsFile) ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as RunResult) : undefined;
  if (process.env.GC_DEBUG) writeFileSync(join(process.env.GC_DEBUG, 'last-run.txt'), `${r.stdout}\n---\n${r.stderr}\n---\n${JSON.stringify(results, null, 1)}`);
  return { ...r, folder, written, results };
}

/** Every secret of the run in every output: `[]` when none leaked, else where and in which form. */
function leaks(r: Awaited<ReturnType<typeof run>>, secrets: string[]): string[] {
  const outputs = [{ file: 'stdout', text: r.stdout }, { file: 'stderr', text: r.stderr }, ...r.written];
  return outputs.flatMap(({ file, text }) => secrets.flatMap((s, i) => leaksOf(text, s).map((form) => `${file}: secret #${i} as ${form}`)));
}

const flows: [string, () => Record<string, string>, () => string[]][] = [
  ['client secret (msal)', () => ({}), () => stack.idp.issued.access],
  ['token in hand', () => ({ GRAPH_ACCESS_TOKEN: STATIC_TOKEN }), () => [STATIC_TOKEN]],
  ['custom auth module', () => ({ GRAPH_CONTRACTS_AUTH_MODULE: join(stack.dir, 'auth.mjs'), GRAPH_AUTH_KIND: 'application' }), () => [MODULE_TOKEN]],
];

describe('no secret in any output, whatever signs the requests', () => {
  it.each(flows)('%s', async (_flow, extra, tokens) => {
    graph.hangCreates = new Set([2]);
    const r = await run(extra(), ['--allow-writes']);
    const secrets = [SECRET, ...tokens()];

    // The fake did echo every token, so a leak would have had its chance.
    for (const token of tokens()) expect(graph.sent.some((s) => leaksOf(s, token).length > 0)).toBe(true);
    expect(r.results?.cases.some((c) => JSON.stringify(c.transcript ?? '').includes('[redacted]'))).toBe(true);
    expect(r.written.map((w) => w.file)).toEqual(expect.arrayContaining([expect.stringMatching(/results\.json$/), expect.stringMatching(/junit\.xml$/), expect.stringMatching(/index\.html$/), expect.stringMatching(/\.cache\/ledger\/.+\.jsonl$/)]));
    expect(r.stdout).toMatch(/^\d+ passed, \d+ failed, \d+ skipped, \d+ errors? \(.*\)$/m);
    expect(leaks(r, secrets)).toEqual([]);

    // The create left unanswered was found again by its marker and deleted: nothing created is left.
    expect(r.results?.cases.some((c) => /outcome unknown/.test(c.error?.message ?? ''))).toBe(true);
    expect(r.stderr).toMatch(/^cleanup: deleted \d+ created resource\(s\) \(1 of them found by the run marker/m);
    expect(graph.created.length).toBeGreaterThan(1);
    expect(graph.created.filter((id) => !graph.deleted.includes(id))).toEqual([]);
    expect([...graph.store.keys()].sort()).toEqual(['existing-1', 'existing-2', 'spare-1']);
    // Not sent twice: every create the fake saw was a different request.
    expect(graph.requests.filter((q) => q.acts === 'POST' && q.path === '/beta/things')).toHaveLength(graph.created.length);
  }, 120_000);
});

describe('writes go only where the run may write', () => {
  it('a read-only run sends nothing but GET, whatever headers the docs show', async () => {
    const r = await run({});
    expect(r.code).not.toBe(0);
    const notGet = graph.requests.filter((q) => q.method !== 'GET' || q.acts !== 'GET');
    expect(notGet.map((q) => `${q.method}/${q.acts} ${q.path}`)).toEqual([]);
    expect(graph.requests.length).toBeGreaterThan(2);
    const skips = new Map(r.results!.cases.filter((c) => c.state === 'skipped').map((c) => [c.operation, c.skipReason]));
    expect(skips.get('GET /things/{thing-id}/purge')).toBe('DELETE writes to the tenant; live runs are read-only without --allow-writes');
    expect(skips.get('POST /$batch')).toBe('POST writes to the tenant; live runs are read-only without --allow-writes');
    expect([...graph.store.keys()].sort()).toEqual(['existing-1', 'existing-2', 'spare-1']);
    expect(filesUnder(join(r.folder.cwd, '.cache'))).toEqual([]);
  }, 120_000);

  it('with writes allowed, no PATCH, DELETE or action reaches a resource the run did not create (or was handed as disposable)', async () => {
    // Nothing hangs here: a timeout long enough that a loaded machine cannot make a write time out.
    const r = await run({ GRAPH_TIMEOUT_MS: '30000' }, ['--allow-writes']);
    const writes = graph.requests.filter((q) => q.acts !== 'GET');
    expect(writes.filter((q) => /existing-/.test(q.path) || /existing-/.test(q.body))).toEqual([]);
    const own = new Set(graph.created);
    for (const q of writes) {
      const id = /^\/beta\/things\/([^/]+)/.exec(q.path)?.[1];
      if (id) expect(own.has(id) || id === 'spare-1', `${q.acts} ${q.path}`).toBe(true);
    }
    // Each kind of write was sent, to the run's own things; the action to the disposable one.
    expect([...new Set(writes.map((q) => `${q.acts} ${q.path.replace(/[0-9a-f-]{36}/, '{own}')}`))].sort()).toEqual(['DELETE /beta/things/{own}', 'DELETE /beta/things/{own}/purge', 'PATCH /beta/things/{own}', 'POST /beta/things', 'POST /beta/things/spare-1/archive']);
    // The documented $batch deletes a thing the run did not create: refused before it was sent.
    const batch = r.results!.cases.find((c) => c.operation === 'POST /$batch');
    expect(batch?.skipReason).toMatch(/^\$batch: DELETE \/beta\/things\/\S+ writes to a resource this run did not create/);
    expect([...graph.store.keys()].sort()).toEqual(['existing-1', 'existing-2', 'spare-1']);
  }, 120_000);

  it('--dry-run shows the target of every write and sends nothing', async () => {
    const r = await run({}, ['--allow-writes', '--dry-run']);
    expect(r.code).toBe(0);
    expect(graph.requests).toEqual([]);
    expect(r.stdout).toMatch(/^ {2}send +PATCH +\/beta\/things\/\{thing-id\} -> a resource this run creates with POST \/beta\/things$/m);
    expect(r.stdout).toMatch(/^ {2}send +POST +\/beta\/things\/\{thing-id\}\/archive -> disposable \/things\/\{thing-id\}\/archive \(fixtures\)$/m);
    expect(r.stdout).toMatch(/^ {2}send +POST +\/beta\/things -> creates in \/beta\/things$/m);
    expect(r.stdout).toMatch(/^ {2}skip +POST +\/beta\/\$batch \(\$batch: DELETE /m);
  }, 60_000);
});
