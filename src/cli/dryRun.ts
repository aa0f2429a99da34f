import { selectChecks } from '../contracts/checks/index.js';
import { NothingCheckedError, RunnerError } from '../errors.js';
import type { CacheSettings } from '../cache/index.js';
import type { ReadOptions } from '../docs/index.js';
import { formatPlan } from '../live/plan.js';
import { liveDryRun } from '../live/runTarget.js';
import type { LiveRunFlags } from '../target/types.js';
import { loadSet } from '../runner/loadSet.js';
import { planRun, type Selection } from '../runner/plan.js';
import { defaultFixtures } from '../runner/runContracts.js';
import { setSource } from '../runner/setSource.js';
import { planParams } from '../suites/params.js';
import { readFixtures } from '../target/fixtures.js';

/** What `run --target live --dry-run` is given. */
export interface DryRunOptions extends Selection {
  docs?: string;
  cache?: CacheSettings;
  /** Size limits and download progress of `docs`. */
  read?: ReadOptions;
  fixturesFile?: string;
  live: LiveRunFlags;
  allowEmpty: boolean;
}

/**
 * `run --target live --dry-run`: everything a live run resolves before its first request, in the
 * run's order (fixtures file, checks, settings, contracts, filter and shard, write targets, path
 * parameters from the fixtures and `GRAPH_CONTRACTS_PARAM_*`), stopping where the run would stop.
 * Returns the plan text and, when the run would end in exit 2 (a parameter it cannot resolve, a
 * plan that sends nothing), the error to report after printing it.
 */
export async function dryRun(options: DryRunOptions): Promise<{ text: string; error?: RunnerError }> {
  const fixturesFile = options.fixturesFile ?? defaultFixtures('live');
  const fixtures = readFixtures(fixturesFile);
  selectChecks({ ...options.checks, expectDenied: options.live.expectDenied }, 'live');
  const set = await loadSet(setSource().root, options.docs, { ...(options.cache ? { cache: options.cache } : {}), ...(options.read ? { read: options.read } : {}) });
  const { entries, header } = liveDryRun(set.contracts, { ...options.live, disposable: fixtures.disposable });
  const expectDenied = entries.filter((e) => e.decision.action === 'expect-denied').map((e) => e.contractId);
  const selected = new Map(planRun(set, { kind: 'live', expectDenied }, options).selected.map((c) => [c.id, c]));
  const env = process.env as Record<string, string | undefined>;
  const planned = entries.flatMap((e) => {
    const contract = selected.get(e.contractId);
    return contract ? [{ ...e, params: planParams(contract, { fixtures, ...(fixturesFile ? { fixturesFile } : {}), env }, e.own) }] : [];
  });
  const text = formatPlan(planned, header);
  const unresolved = planned.filter((e) => e.decision.action !== 'skip' && e.params.unresolved).length;
  if (unresolved > 0) return { text, error: new RunnerError('PARAMS_UNRESOLVED', `${unresolved} request(s) of the plan have a path parameter the run cannot resolve (see the plan); give it in ${fixturesFile ?? 'a fixtures file (--fixtures)'} or a GRAPH_CONTRACTS_PARAM_* variable`) };
  if (!options.allowEmpty && !planned.some((e) => e.decision.action !== 'skip')) return { text, error: new NothingCheckedError(`every request of the plan is skipped (${planned.length} planned)`) };
  return { text };
}
