import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createVitest } from 'vitest/node';
import { selectChecks } from '../contracts/checks/index.js';
import type { ContractSet } from '../contracts/types.js';
import { ConfigError, ContractsNotFoundError } from '../errors.js';
import { ResultsCollector, type CollectedRun } from '../results/collector.js';
import { serveRetryBudget } from '../transport/budgetServer.js';
import { defaultRetryPolicy } from '../transport/retry.js';
import { ProgressReporter } from '../results/progress.js';
import { SUITE_CONFIG_KEY, type SuiteConfig } from './config.js';
import { emitSuites, SUITE_MODULE, suitesUpToDate, writeSuites } from './emit.js';
import { areaOf, selectContracts } from './select.js';

/** Options of `runSuites`: the contracts, where to send them, and what to run. */
export interface RunSuitesOptions extends Omit<SuiteConfig, 'setFile' | 'checks' | 'failSeverity' | 'retryBudgetUrl'> {
  set: ContractSet;
  checks?: SuiteConfig['checks'];
  /** @default 'error' */
  failSeverity?: SuiteConfig['failSeverity'];
  /** Suite files to use when they match the set (the committed `suites/`); else generated ones. */
  suitesDir?: string;
  /** Progress lines. @default silent */
  log?: (line: string) => void;
  /** Parallel suite workers. @default 2 */
  maxWorkers?: number;
}

/** Root of the package (holds package.json), from this file in `src/suites` or `dist/suites`. */
export const packageRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The module generated suites import, in whichever form (built or source) is beside this file. */
function defineModule(): string {
  const built = fileURLToPath(new URL('./define.js', import.meta.url));
  return existsSync(built) ? built : built.replace(/\.js$/, '.ts');
}

/**
 * Runs the contract suites with vitest in this process: writes the set for the workers, picks
 * or generates the suite files of the areas that have contracts to run, and collects the
 * results. Tool failures in files surface as
 * `moduleErrors`; contract outcomes are in `run.cases`.
 */
export async function runSuites(options: RunSuitesOptions): Promise<CollectedRun> {
  const { set, log = () => {} } = options;
  const selected = selectContracts(set.contracts, options);
  if (options.filter && selectContracts(set.contracts, { filter: options.filter }).length === 0) {
    throw new ContractsNotFoundError(`--filter ${JSON.stringify(options.filter)} matches no contract of ${set.docs}`);
  }
  const checks = selectChecks(options.checks ?? {}, options.target);
  if (checks.length === 0) throw new ConfigError('--checks', `no check left to run on target ${options.target}`);
  const info = { target: options.target, baseUrl: options.baseUrl, docs: set.docs, shard: options.shard, diagnostics: set.diagnostics };
  const collector = new ResultsCollector(info);
  if (selected.length === 0) return emptyRun(collector);

  const work = mkdtempSync(join(tmpdir(), 'graph-contracts-'));
  const budget = await serveRetryBudget(options.retry?.budgetMs ?? defaultRetryPolicy.budgetMs);
  try {
    const setFile = join(work, 'contract-set.json');
    writeFileSync(setFile, JSON.stringify(set));
    const all = emitSuites(set.contracts);
    const suitesDir = options.suitesDir && suitesUpToDate(options.suitesDir, all) ? options.suitesDir : join(work, 'suites');
    if (suitesDir !== options.suitesDir) writeSuites(suitesDir, all);
    const files = [...new Set(selected.map(areaOf))].sort().map((area) => join(suitesDir, `${area}.contract.test.ts`));
    const config: SuiteConfig = {
      ...pickSuiteOptions(options),
      setFile,
      retryBudgetUrl: budget.url,
      checks: options.checks ?? {},
      failSeverity: options.failSeverity ?? 'error',
    };
    const denied = new Set(options.expectDenied);
    const caseCount = selected.reduce((n, c) => n + (denied.has(c.id) ? 1 : checks.filter((k) => k.appliesToContract?.(c) ?? true).length), 0);
    log(`running ${plural(caseCount, 'case')} (${plural(selected.length, 'contract')}, each with the checks that apply to it) from ${set.docs} against ${options.target} (${options.baseUrl}) in ${plural(files.length, 'suite file')}`);
    const signalListeners = { SIGINT: process.listeners('SIGINT'), SIGTERM: process.listeners('SIGTERM') };
    const vitest = await createVitest(
      'test',
      {
        root: packageRoot,
        dir: suitesDir,
        include: ['**/*.contract.test.ts'],
        config: false,
        watch: false,
        reporters: [collector, new ProgressReporter(log, caseCount)],
        provide: { [SUITE_CONFIG_KEY]: config },
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
    const interrupt = () => {
      log('interrupted: stopping after the running tests; results keep what finished');
      void vitest.cancelCurrentRun('keyboard-input');
    };
    process.once('SIGINT', interrupt);
    process.once('SIGTERM', interrupt);
    try {
      await vitest.start(files);
    } finally {
      process.off('SIGINT', interrupt);
      process.off('SIGTERM', interrupt);
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

function pickSuiteOptions(o: RunSuitesOptions): Omit<SuiteConfig, 'setFile' | 'checks' | 'failSeverity' | 'retryBudgetUrl'> {
  const { target, baseUrl, filter, shard, fixturesFile, fixtures, headers, authModule, transportModule, skips, expectDenied, retry, timeoutMs, concurrency } = o;
  return { target, baseUrl, filter, shard, fixturesFile, fixtures, headers, authModule, transportModule, skips, expectDenied, retry, timeoutMs, concurrency };
}

function emptyRun(collector: ResultsCollector): CollectedRun {
  collector.onTestRunStart();
  collector.onTestRunEnd([], [], 'passed');
  return collector.collected as CollectedRun;
}

const plural = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;
