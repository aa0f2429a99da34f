import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createVitest } from 'vitest/node';
import { emitSuites, SUITE_MODULE, suitesUpToDate, writeSuites } from '../contracts/artifacts/index.js';
import { areaOf } from '../contracts/select.js';
import type { ContractSet } from '../contracts/types.js';
import { ContractsNotFoundError } from '../errors.js';
import { ResultsCollector, type CollectedRun } from '../results/collector.js';
import { ProgressReporter } from '../results/progress.js';
import type { Severity } from '../severity.js';
import { HAND_OFF_KEY } from '../suites/handOff.js';
import type { Fixtures } from '../target/fixtures.js';
import type { TargetDescription } from '../target/types.js';
import { serveRetryBudget } from '../transport/budgetServer.js';
import { defaultRetryPolicy } from '../transport/retry.js';
import { onInterrupt } from '../util/interrupt.js';
import { packageRoot } from './loadSet.js';
import { handOffFor, planRun, type Selection } from './plan.js';
import { plural } from '../util/plural.js';

/** Options of `runSuites`: the contracts, the opened target, and what to run. */
export interface RunSuitesOptions extends Selection {
  set: ContractSet;
  target: TargetDescription;
  /** Violations at or above this severity fail a test. @default 'error' */
  failSeverity?: Severity;
  /** JSON fixtures file of path parameter values for this environment. @default the target's own */
  fixturesFile?: string;
  /** Its values, when already read. @default read from `fixturesFile` */
  fixtures?: Fixtures;
  /** Suite files to use when they match the set (the committed `suites/`); else generated ones. */
  suitesDir?: string;
  /** What the start line says the set is (`the bundled contracts (default docs)`, `./contracts (built from x)`). @default `set.docs` */
  from?: string;
  /** Progress lines. @default silent */
  log?: (line: string) => void;
  /** Parallel suite workers. @default 2 */
  maxWorkers?: number;
}

/** Root of the package (defined beside the set loading, which the CLI imports without vitest). */
export { packageRoot };

/** The module generated suites import, in whichever form (built or source) is beside this package. */
function defineModule(): string {
  const built = fileURLToPath(new URL('../suites/define.js', import.meta.url));
  return existsSync(built) ? built : built.replace(/\.js$/, '.ts');
}

/**
 * Runs the contract suites with vitest in this process: plans the run once (filter, shard,
 * checks), picks or generates the suite files of the areas that have contracts to run, hands
 * the plan and the target to the workers, and collects the results. Tool failures in files
 * surface as `moduleErrors`; contract outcomes are in `run.cases`.
 */
export async function runSuites(options: RunSuitesOptions): Promise<CollectedRun> {
  const { set, target, log = () => {} } = options;
  const plan = planRun(set, target, options);
  const collector = new ResultsCollector({ target: target.kind, baseUrl: target.baseUrl, docs: set.docs, shard: options.shard, diagnostics: set.diagnostics });
  if (plan.selected.length === 0) return emptyRun(collector);

  const work = mkdtempSync(join(tmpdir(), 'graph-contracts-'));
  const budget = await serveRetryBudget(target.retry?.budgetMs ?? defaultRetryPolicy.budgetMs);
  try {
    const handOff = handOffFor(set, target, plan, { failSeverity: options.failSeverity, fixtures: options.fixtures, fixturesFile: options.fixturesFile, retryBudgetUrl: budget.url });
    const all = emitSuites(set.contracts);
    const suitesDir = options.suitesDir && suitesUpToDate(options.suitesDir, all) ? options.suitesDir : join(work, 'suites');
    if (suitesDir !== options.suitesDir) writeSuites(suitesDir, all);
    const files = [...new Set(plan.selected.map(areaOf))].sort().map((area) => join(suitesDir, `${area}.contract.test.ts`));
    log(`running ${plural(plan.caseCount, 'case')} (${plural(plan.selected.length, 'contract')}, each with the checks that apply to it) from ${options.from ?? set.docs} against ${target.kind} (${target.baseUrl}) in ${plural(files.length, 'suite file')}`);
    const signalListeners = { SIGINT: process.listeners('SIGINT'), SIGTERM: process.listeners('SIGTERM') };
    const vitest = await createVitest(
      'test',
      {
        root: packageRoot,
        dir: suitesDir,
        include: ['**/*.contract.test.ts'],
        config: false,
        watch: false,
        reporters: [collector, new ProgressReporter(log, plan.caseCount)],
        provide: { [HAND_OFF_KEY]: handOff },
        pool: 'threads',
        isolate: false,
        maxWorkers: options.maxWorkers ?? 2,
        testTimeout: 300_000,
        hookTimeout: 300_000,
        retry: 0,
      },
      { resolve: { alias: { [SUITE_MODULE]: defineModule() } }, server: { fs: { allow: [packageRoot, work] } } },
    );
    // vitest's logger exits the process on SIGINT/SIGTERM (right for its own CLI); here that would skip
    // the reports and a live run's cleanup, so its handlers go and the run is cancelled instead.
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      for (const listener of process.listeners(signal)) if (!signalListeners[signal].includes(listener)) process.off(signal, listener);
    }
    // Ctrl-C / a CI cancel: let running tests finish and still write what finished.
    const dispose = onInterrupt(() => {
      log('interrupted: stopping after the running tests; results keep what finished');
      void vitest.cancelCurrentRun('keyboard-input');
    }, 'default');
    try {
      await vitest.start(files);
    } finally {
      dispose();
      await vitest.close();
    }
    if (!collector.collected) throw new ContractsNotFoundError('the suites ended without results');
    if (budget.spentMs() > 0) log(`retries waited ${(budget.spentMs() / 1000).toFixed(1)} s of the run's ${(budget.budgetMs / 1000).toFixed(1)} s budget`);
    return collector.collected;
  } finally {
    await budget.close();
    rmSync(work, { recursive: true, force: true });
  }
}

function emptyRun(collector: ResultsCollector): CollectedRun {
  collector.onTestRunStart();
  collector.onTestRunEnd([], [], 'passed');
  return collector.collected as CollectedRun;
}

