import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CLI, startNode, type ChildResult } from './__helpers__/cli.js';
import { CLIENT, SECRET, TENANT } from './__helpers__/env.js';
import { startEchoGraph, type EchoGraph, type SeenRequest } from './__helpers__/echoGraph.js';
import { liveInputs, resumeArgs, runFolder, startLiveRun, type RunFolder } from './__helpers__/liveRun.js';
import { startIdpStack, type IdpStack } from './__helpers__/stack.js';
import { writeThingDocs } from './__helpers__/thingDocs.js';

// SIGINT at ten moments of a live run with writes allowed, and SIGTERM (a CI job cancelled or
// timed out) at three, against the fake Graph of echoGraph.ts (one create of each run is left
// unanswered): every time, what the run created is deleted, or what is left is listed with a
// resume command that deletes it.
let stack: IdpStack;
let graph: EchoGraph;
let docs: string;
let inputs: { envFile: string; fixturesFile: string };
/** Requests of a whole uninterrupted run, to place moments across it. */
let fullRun = 0;

beforeAll(async () => {
  stack = await startIdpStack('interrupt');
  graph = await startEchoGraph({ cert: stack.certs.serverCert, key: stack.certs.serverKey, accepts: (t) => stack.idp.issued.access.includes(t) });
  docs = writeThingDocs(join(stack.dir, 'docs'));
  inputs = liveInputs(stack.dir, {
    AZURE_TENANT_ID: TENANT, AZURE_CLIENT_ID: CLIENT, AZURE_CLIENT_SECRET: SECRET, AZURE_AUTHORITY_HOST: stack.idp.host,
    GRAPH_BASE_URL: graph.url, GRAPH_WRITE_TENANTS: TENANT, GRAPH_TIMEOUT_MS: '2000', GRAPH_MAX_RETRIES: '1',
  }, { disposable: { paths: { '/things/{thing-id}/archive': { 'thing-id': 'spare-1' } } } });
});
afterAll(async () => {
  await graph?.close();
  await stack?.close();
});
beforeEach(() => {
  graph.reset();
  graph.hangCreates = new Set([2]);
});

/** Things the run created that are still in the tenant. */
const left = () => graph.created.filter((id) => graph.store.has(id));

/** A moment to interrupt at: the request that triggers it (answered only after the signal is in). */
type Trigger = (request: SeenRequest, index: number, folder: RunFolder, signalled: number) => boolean;
const firstOf = (test: (q: SeenRequest) => boolean): Trigger => {
  let fired = false;
  return (q) => !fired && test(q) && (fired = true);
};
const reportsWritten = (folder: RunFolder) => existsSync(join(folder.cwd, 'reports', 'results.json'));

/**
 * Runs `graph-contracts run --target live --allow-writes`, sends `kill` (SIGINT unless told) when
 * `first` fires (and again when `second` fires, or `againAfterMs` later), and waits for the end.
 */
async function interruptedRun(first: Trigger, second?: Trigger | { againAfterMs: number }, kill: NodeJS.Signals = 'SIGINT'): Promise<ChildResult & { folder: RunFolder; signals: number }> {
  const folder = runFolder(stack.dir);
  let signals = 0;
  const run = startLiveRun(folder, inputs, docs, stack.childEnv, ['--allow-writes']);
  const signal = () => {
    signals += 1;
    run.child.kill(kill);
  };
  graph.onRequest = async (q, i) => {
    const fire = signals === 0 ? first(q, i, folder, signals) : signals === 1 && typeof second === 'function' && second(q, i, folder, signals);
    if (!fire) return;
    signal();
    if (signals === 1 && second && 'againAfterMs' in second) setTimeout(signal, second.againAfterMs);
    // Keep this request in flight while the signal is handled.
    await new Promise((r) => setTimeout(r, 300));
  };
  const result = await run.done;
  // A request the run sent before it ended may still be held here: it counts for this run.
  await graph.idle();
  graph.onRequest = undefined;
  return { ...result, folder, signals };
}

/**
 * The promise: nothing the run created is left; or each thing left is listed (by URL, or as a
 * create whose outcome is unknown) with a resume command, and that command deletes all of it.
 */
async function expectNothingLeft(r: ChildResult & { folder: RunFolder }): Promise<void> {
  const output = r.stdout + r.stderr;
  const remaining = left();
  if (remaining.length === 0) return;
  for (const id of remaining) {
    const listed = output.includes(`/beta/things/${id}`) || (/^ {2}POST \/beta\/things: outcome unknown/m.test(output) && String(graph.store.get(id)?.displayName).includes('gcrun-'));
    expect(listed, `thing ${id} is left and must be listed:\n${output}`).toBe(true);
  }
  const resume = resumeArgs(r);
  expect(resume, `no resume command in:\n${output}`).toBeDefined();
  expect(resume!.slice(0, 3)).toEqual(['cleanup', '--ledger', expect.stringMatching(/\.cache\/ledger\/.+\.jsonl$/)]);
  const again = await startNode([CLI, ...resume!], { ...stack.childEnv, ...r.folder.env }, stack.dir).done;
  expect(again.code, again.stdout + again.stderr).toBe(0);
  expect(left()).toEqual([]);
}

describe('a live run interrupted with SIGINT leaves nothing behind', () => {
  it('uninterrupted, with a create left unanswered: created minus deleted is 0', async () => {
    const folder = runFolder(stack.dir);
    const r = await startLiveRun(folder, inputs, docs, stack.childEnv, ['--allow-writes']).done;
    expect(r.stderr).toMatch(/found by the run marker/);
    expect(graph.created.length).toBeGreaterThan(2);
    expect(left()).toEqual([]);
    fullRun = graph.requests.length;
  }, 120_000);

  const moments: [string, Trigger, (Trigger | { againAfterMs: number })?][] = [
    ['at the first request to Graph', (_q, i) => i === 1],
    ['while the first create is in flight', firstOf((q) => q.acts === 'POST' && q.path === '/beta/things')],
    ['while the create that is never answered hangs', (q) => q.acts === 'POST' && q.path === '/beta/things' && graph.created.length === 1],
    ['at the first update', firstOf((q) => q.acts === 'PATCH')],
    ['at the first delete of the run', (q, _i, folder) => q.acts === 'DELETE' && !reportsWritten(folder)],
    ['half way through the run', (_q, i) => i === Math.max(2, Math.floor(fullRun / 2))],
    ['inside the cleanup at the end of the run', (q, _i, folder) => q.acts === 'DELETE' && reportsWritten(folder)],
    ['twice in a row, 50 ms apart, at the first create', firstOf((q) => q.acts === 'POST' && q.path === '/beta/things'), { againAfterMs: 50 }],
    ['mid-run, then again inside the cleanup it started', (_q, i) => i === 3, (q) => q.acts === 'DELETE'],
    ['inside the cleanup at the end, then again at its next request', (q, _i, folder) => q.acts === 'DELETE' && reportsWritten(folder), () => true],
  ];

  it.each(moments)('%s', async (_name, first, second) => expectCleanEnd(await interruptedRun(first, second), 'SIGINT', second !== undefined), 120_000);
});

/** The run stopped on `signal`: cleaned up (one signal) or stopped its cleanup and exited 2 (two), and nothing is left unlisted. */
async function expectCleanEnd(r: ChildResult & { folder: RunFolder; signals: number }, signal: NodeJS.Signals, twice: boolean): Promise<void> {
  expect(r.signals, 'the moment came').toBe(twice ? 2 : 1);
  if (twice) {
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^${signal} again: cleanup stopped; `, 'm'));
  } else {
    expect(r.stderr).toMatch(new RegExp(`^${signal}: stopping: no new requests; deleting what this run created`, 'm'));
    expect(r.stderr).toMatch(/^cleanup: deleted \d+ created resource\(s\)/m);
  }
  await expectNothingLeft(r);
}

describe('a live run cancelled with SIGTERM (a CI job cancelled or timed out) leaves nothing behind', () => {
  const moments: [string, Trigger, (Trigger | { againAfterMs: number })?][] = [
    ['while the first create is in flight', firstOf((q) => q.acts === 'POST' && q.path === '/beta/things')],
    ['inside the cleanup at the end of the run', (q, _i, folder) => q.acts === 'DELETE' && reportsWritten(folder)],
    ['mid-run, then again inside the cleanup it started', (_q, i) => i === 3, (q) => q.acts === 'DELETE'],
  ];

  it.each(moments)('%s', async (_name, first, second) => expectCleanEnd(await interruptedRun(first, second, 'SIGTERM'), 'SIGTERM', second !== undefined), 120_000);
});
