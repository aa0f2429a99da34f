import type { Command } from 'commander';
import { findingsFromRun, gate, inconclusiveReason, readBaseline, updateBaselineFile } from '../../baseline/index.js';
import { readRunResult } from '../../reporters/read.js';
import { ConfigError } from '../../errors.js';
import { formatJson, formatText } from '../../lint/index.js';
import { atLeast, SEVERITIES, type Severity } from '../../severity.js';
import { ExitCode } from '../exitCodes.js';
import { newEntryDefaults } from '../baselineFlags.js';
import type { CommandRegistration } from './index.js';

interface GateFlags {
  results: string;
  baseline?: string;
  updateBaseline?: boolean;
  owner?: string;
  reason?: string;
  failSeverity: string;
  format: string;
}

/** `graph-contracts gate`: a run's contract failures against a baseline of known failures. */
export const registerGate: CommandRegistration = (program: Command) => {
  program
    .command('gate')
    .description('gate a release on a run: exit 1 on contract failures not in --baseline (check id + contract + JSON pointer), 2 when the run was interrupted, errored or checked nothing')
    .option('--results <file>', 'results.json of a run', 'reports/results.json')
    .option('--baseline <file>', 'known contract failures, each with owner, reason and optional expiry')
    .option('--update-baseline', 'write the current failures to --baseline and exit 0')
    .option('--owner <name>', 'owner of entries new to the baseline (with --update-baseline)')
    .option('--reason <text>', 'reason of entries new to the baseline (with --update-baseline)')
    .option('--fail-severity <severity>', `lowest severity that fails: ${SEVERITIES.join('|')}`, 'error')
    .option('--format <format>', 'text|json', 'text')
    .action(async (flags: GateFlags) => {
      if (!SEVERITIES.includes(flags.failSeverity as Severity)) throw new ConfigError('--fail-severity', `--fail-severity must be one of ${SEVERITIES.join(', ')}`);
      if (flags.format !== 'text' && flags.format !== 'json') throw new ConfigError('--format', '--format must be text or json');
      if (flags.updateBaseline && !flags.baseline) throw new ConfigError('--update-baseline', '--update-baseline needs --baseline <file> to write');
      const failSeverity = flags.failSeverity as Severity;
      const run = readRunResult(flags.results);
      const findings = findingsFromRun(run);
      const inconclusive = inconclusiveReason(run);
      if (flags.updateBaseline && flags.baseline) {
        // A baseline written from such a run would drop the known failures of every case that did not run.
        if (inconclusive) throw new ConfigError('--update-baseline', `${flags.results} cannot update a baseline: ${inconclusive}`);
        const n = await updateBaselineFile(flags.baseline, findings.filter((f) => atLeast(f.severity, failSeverity)), newEntryDefaults(flags));
        console.error(`wrote ${n} known contract failure(s) to ${flags.baseline}`);
        return;
      }
      const baseline = flags.baseline ? await readBaseline(flags.baseline) : undefined;
      const decision = gate(findings, { today: new Date().toISOString().slice(0, 10), failSeverity, ...(baseline ? { baseline } : {}) });
      const outcome = decision.outcome ? { outcome: decision.outcome } : {};
      process.stdout.write(flags.format === 'json' ? formatJson(findings, outcome) : formatText(findings, outcome));
      if (inconclusive) console.error(`graph-contracts gate: ${flags.results} does not decide a release: ${inconclusive}`);
      process.exitCode = inconclusive ? ExitCode.Error : decision.pass ? ExitCode.Ok : ExitCode.Failures;
    });
};
