import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CacheSettings } from '../cache/index.js';
import { selectChecks, type CheckSelection } from '../contracts/checks/index.js';
import type { ContractSet } from '../contracts/types.js';
import type { ReadOptions } from '../docs/index.js';
import type { DriftMode } from '../mock/index.js';
import { keyLineFinder } from '../model/keyLines.js';
import type { Build } from '../pipeline.js';
import type { ModuleError } from '../results/fromVitest.js';
import { mergeRuns } from '../results/merge.js';
import { writeReports, type WrittenReports } from '../reporters/index.js';
import { docLinksFor } from '../reporters/docLinks.js';
import type { RunResult } from '../results/types.js';
import { createSchemaValidator } from '../schemas/index.js';
import type { Severity } from '../severity.js';
import { readFixtures } from '../target/fixtures.js';
import { openTarget } from '../target/open.js';
import type { LiveRunFlags, OpenTarget } from '../target/types.js';
import { annotateDocDefects } from './docDefects.js';
import { runSuites } from './driver.js';
import { watchInterruption } from './interruption.js';
import { loadRunSet } from './loadSet.js';
import { describeSource, packageRoot, setSource, type SetSource } from './setSource.js';
import { readShardResults } from './readShards.js';

/** Options of `graph-contracts run`. */
export interface RunContractsOptions {
  /** @default 'mock' */
  target?: 'mock' | 'live';
  /** Docs folder, `.tar.gz` or https URL of one to build contracts from. @default the committed contracts */
  docs?: string;
  /** Size limits and download progress for `docs`. @default the limits of `DEFAULT_READ_LIMITS` */
  docsRead?: ReadOptions;
  /** The build cache for `docs`. @default none: the docs are built */
  cache?: CacheSettings;
  filter?: string;
  shard?: { index: number; count: number };
  /** @default 'reports' (relative to the working directory) */
  reportsDir?: string;
  /** @default 'error' */
  failSeverity?: Severity;
  checks?: CheckSelection;
  /** @default `fixtures/<target>.json` when it exists */
  fixturesFile?: string;
  /** Mock only: break every response this way. @default none */
  drift?: DriftMode;
  /** Merge the `results.json` files under this folder (shards) instead of running. */
  mergeReports?: string;
  /** Live only: `--env-file`, `--allow-writes`, `--expect-denied`, prompts. */
  live?: LiveRunFlags;
  log?: (line: string) => void;
  /** Opens the target. @default `openTarget` (the embedded mock, or a live tenant) */
  open?: OpenTarget;
  maxWorkers?: number;
  /**
   * Base of doc links in the reports (`<base><file>#L<line>`, e.g. a repository blob URL ending in `/`).
   * @default the docs folder's files by absolute path (the bundled default docs without `docs`); none for an archive
   */
  docsUrl?: string;
}

/** What a run produced: the results, and tool failures outside any case. */
export interface RunContractsResult {
  run: RunResult;
  reportsDir: string;
  /** The report files written (results.json, junit.xml, index.html) and any that failed. */
  written: WrittenReports;
  moduleErrors: ModuleError[];
  unhandledErrors: string[];
}

/**
 * `graph-contracts run` as a library call: load or build the contracts, open the target (the
 * embedded mock by default), run the suites, write the reports (results.json, junit.xml,
 * index.html), close the target. With `mergeReports`, merges shard results instead.
 */
export async function runContracts(options: RunContractsOptions = {}): Promise<RunContractsResult> {
  const reportsDir = resolve(options.reportsDir ?? 'reports');
  if (options.mergeReports) {
    const run = mergeRuns(readShardResults(options.mergeReports));
    return { run, reportsDir, written: writeReports(run, reportsDir, options.docsUrl ? { docsBaseUrl: options.docsUrl } : {}), moduleErrors: [], unhandledErrors: [] };
  }
  const target = options.target ?? 'mock';
  const fixturesFile = options.fixturesFile ?? defaultFixtures(target);
  // Checked here so a bad file or check id stops the run with one line, before a sign-in or any request.
  const fixtures = fixturesFile ? readFixtures(fixturesFile) : undefined;
  selectChecks({ ...options.checks, expectDenied: options.live?.expectDenied }, target);
  const source = setSource();
  const { set, build } = await loadRunSet(source.root, options.docs, { ...(options.cache ? { cache: options.cache } : {}), ...(options.docsRead ? { read: options.docsRead } : {}), mock: target === 'mock' && !options.open });
  // From here until the reports are written, Ctrl-C or a CI cancel ends the run in order: the
  // suites are not started or are cancelled, and the reports say the run is incomplete.
  const interruption = watchInterruption(options.log ?? (() => {}));
  try {
    const opened = await (options.open ?? openTarget)(target, set, { drift: options.drift, live: options.live, fixtures, signal: interruption.signal });
    try {
      const collected = await runSuites({
        set,
        target: opened.description,
        fixturesFile,
        fixtures,
        filter: options.filter,
        shard: options.shard,
        checks: options.checks,
        failSeverity: options.failSeverity,
        // The bundled suite files when they match; a project's or a docs build's are generated per run.
        suitesDir: options.docs || source.kind === 'project' ? undefined : join(packageRoot, 'suites'),
        from: options.docs ? set.docs : describeSource(source, set.docs),
        log: options.log,
        maxWorkers: options.maxWorkers,
        interrupt: interruption.signal,
      });
      const checked = collected.run.summary.failed > 0 && build ? await withDocDefects(collected.run, set, build) : collected.run;
      const docLinks = docLinksFor({ docsUrl: options.docsUrl, versions: set.versions, folder: options.docs ?? docsBeside(source, set.docs) });
      const run = docLinks ? { ...checked, docLinks } : checked;
      return { ...collected, run, reportsDir, written: writeReports(run, reportsDir) };
    } finally {
      await opened.close();
    }
  } finally {
    interruption.dispose();
  }
}

/** The docs folder of a set read from artifacts: the bundled default docs, or a project's `contracts/docs/` or the folder its label names. */
function docsBeside(source: SetSource, label: string): string | undefined {
  const beside = join(source.root, 'contracts', 'docs');
  if (source.kind === 'bundled' || existsSync(beside)) return beside;
  return existsSync(resolve(label)) ? resolve(label) : undefined;
}

/** `fixtures/<target>.json` in the working directory, when it exists. */
export function defaultFixtures(target: string): string | undefined {
  const file = resolve('fixtures', `${target}.json`);
  return existsSync(file) ? file : undefined;
}

/** Failed cases the docs explain get their `docDefects` notes (see `annotateDocDefects`). */
async function withDocDefects(run: RunResult, set: ContractSet, build: () => Promise<Build>): Promise<RunResult> {
  const { versions } = await build();
  const validator = createSchemaValidator(set.schemas);
  // Each version's contracts are explained by that version's pages (docs of both versions).
  return versions.reduce((annotated, { version, model, pages }) => {
    const contracts = versions.length > 1 ? set.contracts.filter((c) => c.operation.version === version) : set.contracts;
    return annotateDocDefects(annotated, { set: { ...set, contracts }, model, validator, keyLine: keyLineFinder(pages) });
  }, run);
}
