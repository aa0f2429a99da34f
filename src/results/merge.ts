import { ConfigError } from '../errors.js';
import { byCaseId, summarize } from './summary.js';
import type { RunResult } from './types.js';

/**
 * Merges the results of shards into one run with the same cases, order and summary a single run
 * would have. Shards must come from the same docs and target; a case found twice (overlapping
 * shards) is a configuration error.
 */
export function mergeRuns(runs: readonly RunResult[]): RunResult {
  const first = runs[0];
  if (!first) throw new ConfigError('--merge-reports', 'no results to merge');
  for (const r of runs) {
    if (r.docs !== first.docs || r.target !== first.target) {
      throw new ConfigError('--merge-reports', `cannot merge results of ${r.target} ${r.docs} with ${first.target} ${first.docs}`);
    }
  }
  const cases = runs.flatMap((r) => r.cases).sort(byCaseId);
  for (let i = 1; i < cases.length; i++) {
    if (cases[i]?.id === cases[i - 1]?.id) throw new ConfigError('--merge-reports', `case ${cases[i]?.id} appears in more than one shard`);
  }
  const starts = runs.map((r) => Date.parse(r.startedAt));
  const ends = runs.map((r) => Date.parse(r.startedAt) + r.durationMs);
  return {
    version: 1,
    target: first.target,
    baseUrl: first.baseUrl,
    docs: first.docs,
    startedAt: new Date(Math.min(...starts)).toISOString(),
    durationMs: Math.max(...ends) - Math.min(...starts),
    complete: runs.every((r) => r.complete) && coversAllShards(runs),
    summary: summarize(cases),
    cases,
    diagnostics: first.diagnostics,
    ...(first.docLinks ? { docLinks: first.docLinks } : {}),
  };
}

/** True when unsharded, or when shards 1..n of one count are all present. */
function coversAllShards(runs: readonly RunResult[]): boolean {
  const sharded = runs.filter((r) => r.shard);
  if (sharded.length === 0) return true;
  const count = sharded[0]?.shard?.count ?? 0;
  const seen = new Set(sharded.filter((r) => r.shard?.count === count).map((r) => r.shard?.index));
  return seen.size === count;
}
