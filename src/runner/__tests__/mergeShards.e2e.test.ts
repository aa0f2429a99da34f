import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import type { RunResult } from '../../results/types.js';
import { runContracts } from '../runContracts.js';

/** Everything but timings, addresses and per-request ids. */
const content = (run: RunResult) => ({
  ...run,
  startedAt: 0,
  durationMs: 0,
  baseUrl: '',
  shard: undefined,
  cases: run.cases.map((c) => ({ ...c, durationMs: 0, transcript: undefined, requestId: undefined, clientRequestId: undefined })),
});

test('shards 1/4..4/4 of the committed contracts, merged with --merge-reports, equal a single run', async () => {
  const root = mkdtempSync(join(tmpdir(), 'shards-'));
  const single = await runContracts({ reportsDir: join(root, 'single'), maxWorkers: 1 });
  for (let index = 1; index <= 4; index++) {
    await runContracts({ shard: { index, count: 4 }, reportsDir: join(root, 'shards', `shard-${index}`), maxWorkers: 1 });
  }
  const merged = await runContracts({ mergeReports: join(root, 'shards'), reportsDir: join(root, 'merged') });
  const written = JSON.parse(readFileSync(join(root, 'merged', 'results.json'), 'utf8')) as RunResult;
  expect(written.cases.map((c) => c.id)).toEqual(single.run.cases.map((c) => c.id));
  expect(content(written)).toEqual(content(single.run));
  expect(merged.written.written.map((f) => f.slice(root.length))).toEqual(['/merged/results.json', '/merged/junit.xml', '/merged/index.html']);
});

test('configuration errors name the setting before anything runs', async () => {
  const reportsDir = mkdtempSync(join(tmpdir(), 'reports-'));
  await expect(runContracts({ filter: 'no-such-contract', reportsDir })).rejects.toMatchObject({ code: 'CONTRACTS_NOT_FOUND', message: '--filter "no-such-contract" matches no contract of default' });
  await expect(runContracts({ checks: { enable: ['no-such-check'] }, reportsDir })).rejects.toMatchObject({ code: 'CONFIG_INVALID', setting: '--checks' });
  await expect(runContracts({ mergeReports: reportsDir, reportsDir })).rejects.toMatchObject({ setting: '--merge-reports', message: /no results.json found under/ });
});
