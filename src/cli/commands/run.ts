import { Option, type Command } from 'commander';
import { ConfigError, NothingCheckedError } from '../../errors.js';
import { runContracts } from '../../index.js';
import { DRIFT_MODES, type DriftMode } from '../../mock/index.js';
import { SEVERITIES, type Severity } from '../../severity.js';
import { addCacheFlags, cacheOf, type CacheFlags } from '../cacheFlags.js';
import { readOptions, type DocsLimitFlags } from '../docsFlags.js';
import { ExitCode } from '../exitCodes.js';
import { parseShard } from '../parseShard.js';
import { printRun } from '../printRun.js';
import { dryRun } from '../dryRun.js';
import { checkOutputDir } from '../outputPaths.js';
import { nothingChecked } from '../../results/nothingChecked.js';
import type { CommandRegistration } from './index.js';

const list = (value: string) => value.split(',').map((s) => s.trim()).filter(Boolean);

interface RunFlags extends CacheFlags, DocsLimitFlags {
  target: 'mock' | 'live';
  docs?: string;
  filter?: string;
  shard?: { index: number; count: number };
  reports: string;
  failSeverity: Severity;
  checks?: string[];
  skipChecks?: string[];
  fixtures?: string;
  drift?: DriftMode;
  mergeReports?: string;
  envFile?: string;
  allowWrites?: boolean;
  expectDenied?: boolean;
  dryRun?: boolean;
  workers?: number;
  allowEmpty?: boolean;
  docsUrl?: string;
}

/** `--workers n`: 1 to 64 suite workers. */
function parseWorkers(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < 1 || n > 64) throw new ConfigError('--workers', `--workers ${value}: expected a whole number from 1 to 64`);
  return n;
}

/** Flags that mean something for one target only; given for the other, the run would silently differ from what was asked. */
const TARGET_ONLY: ReadonlyArray<[keyof RunFlags, string, 'mock' | 'live', string]> = [
  ['expectDenied', '--expect-denied', 'live', "it asserts how the tenant treats the sign-in's permission type"],
  ['dryRun', '--dry-run', 'live', 'the mock sends nothing anywhere'],
  ['allowWrites', '--allow-writes', 'live', 'the mock takes writes anyway'],
  ['envFile', '--env-file', 'live', 'the mock needs no tenant settings'],
  ['drift', '--drift', 'mock', 'only the embedded mock can be made to drift'],
];

/** `graph-contracts run`: the contract suites against the mock (default) or a live tenant. */
export const run: CommandRegistration = (program: Command) => {
  const command = program
    .command('run')
    .description('run the contract suites and write reports (default: committed contracts against the embedded mock)')
    .addOption(new Option('--target <target>', 'where requests go').choices(['mock', 'live']).default('mock'))
    .option('--docs <dir|tar.gz|url>', 'build contracts from these docs (folder, tarball or https URL of one) instead of the committed ones')
    .option('--max-docs-mb <n>', 'with --docs: largest download and total the docs may expand to')
    .option('--max-page-mb <n>', 'with --docs: largest single docs file read')
    .option('--filter <text>', 'only contracts whose id, doc page, path or resource contains this text')
    .option('--shard <i/n>', 'run shard i of n (deterministic by contract id)', parseShard)
    .option('--reports <dir>', 'where results.json and reports go', 'reports')
    .addOption(new Option('--fail-severity <level>', 'violations at or above this level fail').choices([...SEVERITIES]).default('error'))
    .option('--checks <ids>', 'run only these checks (comma-separated ids)', list)
    .option('--skip-checks <ids>', 'do not run these checks (comma-separated ids)', list)
    .option('--fixtures <file>', 'path parameter values for this environment (default: fixtures/<target>.json)')
    .addOption(new Option('--drift <mode>', 'mock only: break every response this way (to see the suites catch it)').choices(DRIFT_MODES))
    .option('--merge-reports <dir>', 'merge the results.json of shards under <dir> instead of running')
    .option('--env-file <path>', 'live only: dotenv file with the tenant settings (default: .env; see .env.example)')
    .option('--allow-writes', 'live only: send POST/PATCH/PUT/DELETE too, if the tenant is listed in GRAPH_WRITE_TENANTS')
    .option('--expect-denied', 'live only: send requests the sign-in\'s permission type may not make ("Not supported." on the page) and assert 401/403 with the Graph error envelope, instead of skipping them')
    .option('--dry-run', 'live only: print the resolved plan (requests, auth, skips) and send nothing')
    .option('--docs-url <prefix>', 'prefix of doc links in the reports, e.g. a repository blob URL ending in / (default: the published page for the docs repository layout, else the local file)')
    .option('--allow-empty', 'a run that checks nothing (no contract, every case skipped) exits 0 instead of 2')
    .option('--workers <n>', 'suite worker threads (default 2); a live run also sends at most 2 requests at a time per worker', parseWorkers);
  addCacheFlags(command)
    .action(async (flags: RunFlags) => {
      const live = { envFile: flags.envFile, allowWrites: flags.allowWrites === true, expectDenied: flags.expectDenied === true, prompt: (m: string) => console.error(m), log: (l: string) => console.error(l) };
      for (const [key, flag, target, why] of TARGET_ONLY) {
        if (flags[key] !== undefined && flags[key] !== false && flags.target !== target) throw new ConfigError(flag, `${flag} is for --target ${target} (${why})`);
      }
      checkOutputDir('--reports', flags.reports, { keep: !flags.dryRun });
      if (flags.dryRun) {
        const planned = await dryRun({ live, docs: flags.docs, cache: cacheOf(flags), read: readOptions(flags), fixturesFile: flags.fixtures, filter: flags.filter, shard: flags.shard, checks: { enable: flags.checks, disable: flags.skipChecks }, allowEmpty: flags.allowEmpty === true });
        process.stdout.write(planned.text);
        if (planned.error) throw planned.error;
        return;
      }
      const result = await runContracts({
        live,
        target: flags.target,
        docs: flags.docs,
        cache: cacheOf(flags),
        docsRead: readOptions(flags),
        filter: flags.filter,
        shard: flags.shard,
        reportsDir: flags.reports,
        failSeverity: flags.failSeverity,
        checks: { enable: flags.checks, disable: flags.skipChecks },
        fixturesFile: flags.fixtures,
        drift: flags.drift,
        mergeReports: flags.mergeReports,
        maxWorkers: flags.workers,
        docsUrl: flags.docsUrl,
        log: (line) => console.error(line),
      });
      printRun(result, (line) => console.log(line), (line) => console.error(line));
      const { failed, errors } = result.run.summary;
      const broken = result.moduleErrors.length > 0 || result.unhandledErrors.length > 0 || result.written.failed.length > 0;
      if (!result.run.complete) console.error('the run was interrupted or incomplete: results hold what finished');
      const empty = flags.allowEmpty || !result.run.complete || errors > 0 ? undefined : nothingChecked(result.run);
      if (empty) {
        const error = new NothingCheckedError(empty);
        console.error(`graph-contracts: ${error.message} [${error.code}]`);
      }
      process.exitCode = broken || !result.run.complete || empty ? ExitCode.Error : failed > 0 ? ExitCode.Failures : errors > 0 ? ExitCode.Error : ExitCode.Ok;
    });
};
