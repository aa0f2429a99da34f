// The whole beta reference run live against the mock as a stand-in tenant: `graph-contracts mock
// --docs <corpus>` on 127.0.0.1 and `graph-contracts run --target live` pointed at it with a token
// in hand, read-only (bench/standIn.ts), next to `graph-contracts run --target mock` of the same
// docs. The live run leaves out writes and what its permission type may not do; on every other
// case it must fail exactly where the mock run fails, with no error: anything else is a false
// alarm (or a miss) that the live path adds. Differences are printed by cause.
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { RunResult } from '../../src/results/types.js';
import { compareRuns, differenceLines, type RunComparison } from '../../bench/compareRuns.js';
import { runLiveAgainst, startStandInMock, type StandInOptions, type StandInRun } from '../../bench/standIn.js';
import { CORPUS_TARBALL } from '../helpers/corpus.js';
import { buildForChildren, CLI, runCli, type ChildResult } from './__helpers__/cli.js';

const present = existsSync(CORPUS_TARBALL);
if (!present && process.env.CI === 'true') {
  test('Graph docs corpus is present', () => {
    expect.fail(`corpus not found at ${CORPUS_TARBALL}; CI must provide it (or set GRAPH_DOCS_CORPUS)`);
  });
}
if (!present) console.warn(`test/live/standIn.e2e.test.ts SKIPPED: no Graph docs corpus at ${CORPUS_TARBALL} (set GRAPH_DOCS_CORPUS)`);

/** Both runs of the corpus take minutes each on two shared cores. */
const RUNS_MS = 45 * 60_000;

describe.skipIf(!present)('the whole reference, live against the stand-in mock and on --target mock', () => {
  let live: StandInRun;
  let mockRun: ChildResult;
  let mockResults: RunResult | undefined;
  let comparison: RunComparison | undefined;

  beforeAll(async () => {
    await buildForChildren();
    const dir = mkdtempSync(join(tmpdir(), 'stand-in-'));
    const cacheDir = process.env.GRAPH_CONTRACTS_CACHE_DIR;
    const options: StandInOptions = { cli: CLI, docs: CORPUS_TARBALL, dir, ...(cacheDir ? { cacheDir } : {}), log: (line) => console.log(line) };
    // The mock builds the corpus into the cache first; both runs then load it.
    const mock = await startStandInMock(options);
    const mockDir = join(dir, 'mock-run');
    mkdirSync(mockDir);
    const env = { HOME: process.env.HOME ?? dir, ...(cacheDir ? { GRAPH_CONTRACTS_CACHE_DIR: cacheDir } : {}) };
    try {
      [live, mockRun] = await Promise.all([
        runLiveAgainst(mock.url, options),
        runCli(['run', '--target', 'mock', '--docs', CORPUS_TARBALL, '--reports', join(mockDir, 'reports')], env, mockDir),
      ]);
    } finally {
      await mock.stop();
    }
    const results = join(mockDir, 'reports', 'results.json');
    mockResults = existsSync(results) ? (JSON.parse(readFileSync(results, 'utf8')) as RunResult) : undefined;
    if (live.run && mockResults) comparison = compareRuns(mockResults, live.run);
    const s = (r?: RunResult) => (r ? `${r.summary.passed} passed, ${r.summary.failed} failed, ${r.summary.skipped} skipped, ${r.summary.errors} errors` : 'no results');
    console.log(`stand-in: live ${s(live.run)} (exit ${live.code}); mock ${s(mockResults)} (exit ${mockRun.code})`);
    if (comparison) {
      console.log(`stand-in: ${comparison.compared} cases compared, ${comparison.notSent} mock failures in cases a read-only live run does not send, ${comparison.differences.length} differences`);
      for (const line of differenceLines(comparison.differences)) console.log(line);
    }
  }, RUNS_MS);

  test('the live run finishes with results and no error: transport, auth and routing work as a client', () => {
    expect(live.run, `run --target live wrote no results (exit ${live.code}):\n${live.tail}`).toBeDefined();
    expect(live.run!.complete).toBe(true);
    expect([0, 1]).toContain(live.code);
    const errors = live.run!.cases.filter((c) => c.state === 'error').map((c) => `${c.id}: ${c.error?.code} ${c.error?.message}`);
    expect(errors).toEqual([]);
    // The workbook range functions document a GET with a JSON body: sent as documented, answered.
    const state = (id: string) => live.run!.cases.find((c) => c.id === id)?.state;
    expect(['range-cell', 'range-boundingrect'].map((id) => state(`${id}::status-code-documented`))).toEqual(['passed', 'passed']);
  });

  test('the mock run of the same docs finishes with results and no error', () => {
    expect(mockResults, `run --target mock wrote no results (exit ${mockRun.code}):\n${mockRun.stderr.slice(-2000)}`).toBeDefined();
    expect(mockResults!.complete).toBe(true);
    expect(mockResults!.cases.filter((c) => c.state === 'error').map((c) => `${c.id}: ${c.error?.code} ${c.error?.message}`)).toEqual([]);
  });

  test('the live run leaves out only writes and what its permission type may not do', () => {
    expect(comparison).toBeDefined();
    expect(comparison!.unexpectedSkips.map((c) => `${c.id}: ${c.skipReason}`)).toEqual([]);
    expect(comparison!.compared).toBeGreaterThan(10_000);
  });

  test('the same failed cases as the mock run, on every case the live run sends', () => {
    expect(comparison).toBeDefined();
    expect(differenceLines(comparison!.differences)).toEqual([]);
  });
});
