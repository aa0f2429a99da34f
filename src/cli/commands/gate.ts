import type { Command } from 'commander';
import { findingsOfCase, gate, inconclusiveReason, readBaseline, updateBaselineFile, type Finding, type GateResult } from '../../baseline/index.js';
import { readRunResult } from '../../reporters/read.js';
import { ConfigError } from '../../errors.js';
import { formatJson, formatText } from '../../lint/index.js';
import { summaryLine } from '../../results/summary.js';
import type { CaseResult } from '../../results/types.js';
import { atLeast, SEVERITIES, type Severity } from '../../severity.js';
import { ExitCode } from '../exitCodes.js';
import { checkOutputFile } from '../outputPaths.js';
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
  allowEmpty?: boolean;
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
    .option('--allow-empty', 'a run that checked nothing (no contract, every case skipped) passes instead of exit 2')
    .action(async (flags: GateFlags) => {
      if (!SEVERITIES.includes(flags.failSeverity as Severity)) throw new ConfigError('--fail-severity', `--fail-severity must be one of ${SEVERITIES.join(', ')}`);
      if (flags.format !== 'text' && flags.format !== 'json') throw new ConfigError('--format', '--format must be text or json');
      if (flags.updateBaseline && !flags.baseline) throw new ConfigError('--update-baseline', '--update-baseline needs --baseline <file> to write');
      if (flags.updateBaseline && flags.baseline) checkOutputFile('--baseline', flags.baseline);
      const failSeverity = flags.failSeverity as Severity;
      const run = readRunResult(flags.results);
      const perCase = run.cases.map((c) => ({ c, found: findingsOfCase(c) }));
      const findings = perCase.flatMap((p) => p.found);
      const inconclusive = inconclusiveReason(run, { allowEmpty: flags.allowEmpty === true });
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
      if (flags.format === 'json') process.stdout.write(formatJson(findings, outcome));
      else {
        process.stdout.write(formatText(findings, { ...outcome, unit: 'violation' }));
        console.log(summaryLine(run));
        console.log(decisionLine(perCase, decision, inconclusive));
      }
      if (inconclusive) console.error(`graph-contracts gate: ${flags.results} does not decide a release: ${inconclusive}${/nothing was checked/.test(inconclusive) ? ' (pass --allow-empty when that is expected)' : ''}`);
      process.exitCode = inconclusive ? ExitCode.Error : decision.pass ? ExitCode.Ok : ExitCode.Failures;
    });
};

/** `gate: fail: 1 of 3 failed cases not in the baseline (2 violations); 2 known, 0 fixed, 0 expired`, in the words of `run`'s summary. */
function decisionLine(perCase: { c: CaseResult; found: Finding[] }[], decision: GateResult, inconclusive: string | undefined): string {
  const failing = new Set<Finding>(decision.failing);
  const failed = perCase.filter((p) => p.c.state === 'failed');
  const fresh = failed.filter((p) => p.found.some((f) => failing.has(f)));
  const verdict = inconclusive ? 'no decision' : decision.pass ? 'pass' : 'fail';
  const where = decision.outcome ? ' not in the baseline' : '';
  const o = decision.outcome;
  const baseline = o ? `; baseline: ${o.known.length} known, ${o.fixed.length} fixed, ${o.expired.length} expired` : '';
  return `gate: ${verdict}: ${fresh.length} of ${failed.length} failed case(s)${where} (${decision.failing.length} violation(s))${baseline}`;
}
