import { Option, type Command } from 'commander';
import { runContracts } from '../../index.js';
import { SEVERITIES, type Severity } from '../../severity.js';
import { ExitCode } from '../exitCodes.js';
import { parseShard } from '../parseShard.js';
import { printRun } from '../printRun.js';
import type { CommandRegistration } from './index.js';

const list = (value: string) => value.split(',').map((s) => s.trim()).filter(Boolean);

interface RunFlags {
  target: 'mock' | 'live';
  docs?: string;
  filter?: string;
  shard?: { index: number; count: number };
  reports: string;
  failSeverity: Severity;
  checks?: string[];
  skipChecks?: string[];
  fixtures?: string;
  drift?: string;
  mergeReports?: string;
}

/** `graph-contracts run`: the contract suites against the mock (default) or a live tenant. */
export const run: CommandRegistration = (program: Command) => {
  program
    .command('run')
    .description('run the contract suites and write reports (default: committed contracts against the embedded mock)')
    .addOption(new Option('--target <target>', 'where requests go').choices(['mock', 'live']).default('mock'))
    .option('--docs <dir|tar.gz>', 'build contracts from these docs instead of the committed ones')
    .option('--filter <text>', 'only contracts whose id, doc page, path or resource contains this text')
    .option('--shard <i/n>', 'run shard i of n (deterministic by contract id)', parseShard)
    .option('--reports <dir>', 'where results.json and reports go', 'reports')
    .addOption(new Option('--fail-severity <level>', 'violations at or above this level fail').choices([...SEVERITIES]).default('error'))
    .option('--checks <ids>', 'run only these checks (comma-separated ids)', list)
    .option('--skip-checks <ids>', 'do not run these checks (comma-separated ids)', list)
    .option('--fixtures <file>', 'path parameter values for this environment (default: fixtures/<target>.json)')
    .option('--drift <mode>', 'mock only: break every response this way (to see the suites catch it)')
    .option('--merge-reports <dir>', 'merge the results.json of shards under <dir> instead of running')
    .action(async (flags: RunFlags) => {
      const result = await runContracts({
        target: flags.target,
        docs: flags.docs,
        filter: flags.filter,
        shard: flags.shard,
        reportsDir: flags.reports,
        failSeverity: flags.failSeverity,
        checks: { enable: flags.checks, disable: flags.skipChecks },
        fixturesFile: flags.fixtures,
        drift: flags.drift as never,
        mergeReports: flags.mergeReports,
        log: (line) => console.error(line),
      });
      printRun(result, (line) => console.log(line), (line) => console.error(line));
      const { failed, errors } = result.run.summary;
      const broken = result.moduleErrors.length > 0 || result.unhandledErrors.length > 0 || result.written.failed.length > 0;
      if (!result.run.complete) console.error('the run was interrupted or incomplete: results hold what finished');
      process.exitCode = broken || !result.run.complete ? ExitCode.Error : failed > 0 ? ExitCode.Failures : errors > 0 ? ExitCode.Error : ExitCode.Ok;
    });
};
