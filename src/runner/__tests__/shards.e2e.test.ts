import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Contract, ContractSet } from '../../contracts/types.js';
import { mergeRuns } from '../../results/merge.js';
import type { RunResult } from '../../results/types.js';
import { httpTarget } from '../../target/http.js';
import { runSuites } from '../driver.js';
import { shardOf } from '../../contracts/select.js';
import { seedSet } from '../../suites/__tests__/__fixtures__/seedSet.js';
import { startFakeTarget, type FakeTarget } from '../../suites/__tests__/__helpers__/fakeTarget.js';

/** The seed contracts plus copies under other ids, so four shards all get work. */
const set: ContractSet = {
  ...seedSet,
  contracts: seedSet.contracts.flatMap((c): Contract[] => [c, ...[2, 3].map((n) => ({ ...c, id: `${c.id}~${n}` }))]),
};

let target: FakeTarget;
beforeAll(async () => {
  target = await startFakeTarget(set);
});
afterAll(() => target.close());

/** What must be equal between a single run and merged shards: everything but timings. */
const content = (run: RunResult) => ({
  ...run,
  startedAt: undefined,
  durationMs: undefined,
  shard: undefined,
  baseUrl: undefined,
  cases: run.cases.map((c) => ({ ...c, durationMs: undefined, transcript: undefined, clientRequestId: undefined })),
});

test('shards 1/4..4/4 partition the contracts and merge into the single-run results', async () => {
  const options = { set, target: httpTarget(target.url), maxWorkers: 1 };
  const single = (await runSuites(options)).run;
  const shards: RunResult[] = [];
  for (let index = 1; index <= 4; index++) shards.push((await runSuites({ ...options, shard: { index, count: 4 } })).run);

  const ids = shards.map((s) => s.cases.map((c) => c.id));
  expect(ids.flat().sort()).toEqual(single.cases.map((c) => c.id));
  expect(new Set(ids.flat()).size).toBe(ids.flat().length);
  for (const [i, shard] of shards.entries()) {
    expect(shard.shard).toEqual({ index: i + 1, count: 4 });
    for (const c of shard.cases) expect(shardOf(c.contractId, 4)).toBe(i + 1);
  }
  expect(shards.filter((s) => s.cases.length > 0).length).toBeGreaterThan(1);
  const merged = mergeRuns(shards);
  expect(merged.complete).toBe(true);
  expect(content(merged)).toEqual(content(single));
  const busy = shards.find((s) => s.cases.length > 0) as RunResult;
  expect(() => mergeRuns([busy, busy])).toThrow(/appears in more than one shard/);
});

test('shard assignment depends on the contract id only', () => {
  const counts = [0, 0, 0, 0];
  for (let i = 0; i < 1000; i++) counts[shardOf(`contract-${i}`, 4) - 1]! += 1;
  for (const n of counts) expect(n).toBeGreaterThan(200);
  expect(shardOf('educationsynchronizationprofilestatus-get', 4)).toBe(shardOf('educationsynchronizationprofilestatus-get', 4));
});
