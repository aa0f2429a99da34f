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
import { CancelOnInterrupt, watchInterruption } from './interruption.js';
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
  /**
   * Aborted on Ctrl-C or a CI cancel (see `watchInterruption`), by a caller that watches from
   * before the run starts until its reports are written. @default watched by `runSuites` itself while it runs
   */
  interrupt?: AbortSignal;
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
  if (options.interrupt) return runWith(options, options.interrupt);
  const own = watchInterruption(options.log ?? (() => {}));
  try {
    return await runWith(options, own.signal);
  } finally {
    own.dispose();
  }
}

async function runWith(options: RunSuitesOptions, interrupt: AbortSignal): Promise<CollectedRun> {
  const { set, target, log = () => {} } = options;
  const plan = planRun(set, target, options);
  const collector = new ResultsCollector({ target: target.kind, baseUrl: target.baseUrl, docs: set.docs, shard: options.shard, diagnostics: set.diagnostics });
  if (plan.selected.length === 0) return emptyRun(collector);
  if (interrupt.aborted) return emptyRun(collector, 'interrupted');

  const work = mkdtempSync(join(tmpdir(), 'graph-contracts-'));
  const budget = await serveRetryBudget(target.retry?.budgetMs ?? defaultRetryPolicy.budgetMs);
  try {
    const handOff = handOffFor(set, target, plan, { failSeverity: options.failSeverity, fixtures: options.fixtures, fixturesFile: options.fixturesFile, retryBudgetUrl: budget.url });
    const all = emitSuites(set.contracts);
    const suitesDir = options.suitesDir && suitesUpToDate(options.suitesDir, all) ? options.suitesDir : join(work, 'suites');
    if (suitesDir !== options.suitesDir) writeSuites(suitesDir, all);
    const files = [...new Set(plan.selected.map(areaOf))].sort().map((area) => join(suitesDir, `${area}.contract.test.ts`));
    log(`running ${plural(plan.caseCount, 'case')} (${plural(plan.selected.length, 'contract')}, each with the checks that apply to it) from ${options.from ?? set.docs} against ${target.kind} (${target.baseUrl}) in ${plural(files.length, 'suite file')}`);
    const vitest = await startVitest(
      {
        root: packageRoot,
        dir: suitesDir,
        include: ['**/*.contract.test.ts'],
        config: false,
        watch: false,
        reporters: [collector, new ProgressReporter(log, plan.caseCount), new CancelOnInterrupt(interrupt)],
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
    try {
      // Ctrl-C / a CI cancel while vitest started: no test runs; once running, the running tests
      // finish (`CancelOnInterrupt`) and the results keep what finished.
      if (!interrupt.aborted) await vitest.start(files);
    } finally {
      await vitest.close();
    }
    if (!collector.collected && interrupt.aborted) return emptyRun(collector, 'interrupted');
    if (!collector.collected) throw new ContractsNotFoundError('the suites ended without results');
    if (budget.spentMs() > 0) log(`retries waited ${(budget.spentMs() / 1000).toFixed(1)} s of the run's ${(budget.budgetMs / 1000).toFixed(1)} s budget`);
    return collector.collected;
  } finally {
    await budget.close();
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * `createVitest` without vitest's own SIGINT/SIGTERM handlers: they end the process (right for
 * its own CLI), which here would skip the reports and a live run's cleanup; the run's
 * interruption cancels it instead. The handlers are added by the logger vitest constructs in the
 * synchronous start of `createVitest`, so they are removed before anything is awaited and no
 * signal can reach them.
 */
function startVitest(...args: Parameters<typeof createVitest> extends [unknown, ...infer Rest] ? Rest : never): ReturnType<typeof createVitest> {
  const before = { SIGINT: process.listeners('SIGINT'), SIGTERM: process.listeners('SIGTERM') };
  const starting = createVitest('test', ...args);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    for (const listener of process.listeners(signal)) if (!before[signal].includes(listener)) process.off(signal, listener);
  }
  return starting;
}

/** The run of no test: nothing selected, or interrupted before a test started (`complete: false`). */
function emptyRun(collector: ResultsCollector, reason: 'passed' | 'interrupted' = 'passed'): CollectedRun {
  collector.onTestRunStart();
  collector.onTestRunEnd([], [], reason);
  return collector.collected as CollectedRun;
}

