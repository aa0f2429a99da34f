import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { readBaseline, updateBaselineFile } from '../../baseline/index.js';
import { crossCheck, formatCrossCheck, readCsdl } from '../../csdl/index.js';
import { ConfigError, NothingCheckedError } from '../../errors.js';
import { LINT_FORMATS, lintFound, lintReport, RULES, type LintFormat } from '../../lint/index.js';
import { isDocsUrl } from '../../docs/index.js';
import { loadBuild } from '../../pipeline.js';
import { atLeast, SEVERITIES, type Severity } from '../../severity.js';
import { defaultDocs, defaultDocsBaseline } from '../../runner/setSource.js';
import { ExitCode } from '../exitCodes.js';
import { checkOutputFile } from '../outputPaths.js';
import { newEntryDefaults } from '../baselineFlags.js';
import { addCacheFlags, cacheOf, type CacheFlags } from '../cacheFlags.js';
import { addDocsLimitFlags, readOptions, type DocsLimitFlags } from '../docsFlags.js';
import { addMetadataFlags, modelForMetadata, type MetadataFlags } from '../metadataFlags.js';
import type { CommandRegistration } from './index.js';

interface LintFlags extends CacheFlags, DocsLimitFlags, MetadataFlags {
  docs?: string;
  format: string;
  output?: string;
  baseline?: string;
  updateBaseline?: boolean;
  owner?: string;
  reason?: string;
  failSeverity: string;
  disable?: string;
  rules?: boolean;
  allowEmpty?: boolean;
}

/** `graph-contracts lint`: every build diagnostic plus the lint rules, gated by an optional baseline. */
export const registerLint: CommandRegistration = (program: Command) => {
  const command = program
    .command('lint')
    .description('lint the reference docs (build diagnostics + lint rules); exit 1 on findings not in --baseline')
    .option('--docs <dir|.tar.gz|url>', 'docs folder, tarball, or https URL of one (default: contracts/docs, else the bundled default docs)')
    .option('--format <format>', `output format: ${LINT_FORMATS.join('|')}`, 'text')
    .option('--output <file>', 'write the report to a file instead of stdout')
    .option('--baseline <file>', 'known findings (rule + page + JSON pointer): only new ones fail')
    .option('--update-baseline', 'write the current findings to --baseline (keeping owner, reason, expiry of entries that remain) and exit 0')
    .option('--owner <name>', 'owner of entries new to the baseline (with --update-baseline)')
    .option('--reason <text>', 'reason of entries new to the baseline (with --update-baseline)')
    .option('--fail-severity <severity>', `lowest severity that fails: ${SEVERITIES.join('|')}`, 'warning')
    .option('--disable <ids>', 'comma-separated rule ids to leave out')
    .option('--rules', 'list every rule id with severity and explanation, then exit')
    .option('--allow-empty', 'docs with no API or resource page pass instead of exit 2');
  addCacheFlags(addDocsLimitFlags(addMetadataFlags(command, 'cross-check doc-derived types with a CSDL $metadata file (informational)')))
    .action(async (flags: LintFlags) => {
      if (flags.rules) return console.log(RULES.map((r) => `${r.id.padEnd(40)} ${r.severity.padEnd(8)} ${r.origin.padEnd(6)} ${r.description}`).join('\n'));
      const format = oneOf('--format', flags.format, LINT_FORMATS) as LintFormat;
      const failSeverity = oneOf('--fail-severity', flags.failSeverity, SEVERITIES) as Severity;
      if (flags.updateBaseline && !flags.baseline) throw new ConfigError('--update-baseline', '--update-baseline needs --baseline <file> to write');
      if (flags.output) checkOutputFile('--output', flags.output);
      if (flags.updateBaseline && flags.baseline) checkOutputFile('--baseline', flags.baseline);
      // The default docs carry the known findings of their pages beside them, so `lint` alone passes on them.
      const baselineFile = flags.baseline ?? (flags.docs === undefined ? defaultDocsBaseline() : undefined);
      if (baselineFile && !flags.baseline) console.error(`lint: known findings of the default docs from ${baselineFile}`);
      const previous = baselineFile && !flags.updateBaseline ? await readBaseline(baselineFile) : undefined;
      const csdl = flags.metadata ? await readCsdl(flags.metadata) : undefined;
      const disable = flags.disable?.split(',').map((s) => s.trim()) ?? [];
      const docs = flags.docs ?? defaultDocs().docs;
      const loaded = await loadBuild(docs, { cache: cacheOf(flags), read: readOptions(flags) });
      // The findings of a docs version are kept in the build cache, one set per --disable list.
      const found = await loaded.derived(disable.length > 0 ? `lint-${createHash('sha256').update([...disable].sort().join(',')).digest('hex').slice(0, 16)}` : 'lint', async () => {
        const build = await loaded.build();
        return lintFound({ pages: build.pages, model: build.model, diagnostics: build.set.diagnostics, ...(build.versions.length > 1 ? { versions: build.versions } : {}) }, { disable });
      });
      if (found.pageCount === 0 && !flags.allowEmpty) throw new NothingCheckedError(`${docs} holds no API or resource page to lint`);
      const report = lintReport(found, {
        format, failSeverity, today: new Date().toISOString().slice(0, 10), ...(isDocsUrl(docs) ? {} : { docsRoot: resolve(docs) }),
        disable,
        ...(previous ? { baseline: previous } : {}),
      });
      if (report.unregistered.length > 0) console.error(`lint: rule ids missing from the registry: ${report.unregistered.join(', ')}`);
      if (csdl) {
        const metadataModel = modelForMetadata(await loaded.models(), flags);
        // Stays on stderr for json/sarif so stdout remains one machine-readable document.
        (format === 'text' ? console.log : console.error)(formatCrossCheck(crossCheck(metadataModel.model, csdl), format === 'text' ? 3 : 0, metadataModel.label));
      }
      if (flags.updateBaseline && flags.baseline) {
        const n = await updateBaselineFile(flags.baseline, report.findings.filter((f) => atLeast(f.severity, failSeverity)), newEntryDefaults(flags));
        console.error(`wrote ${n} known finding(s) to ${flags.baseline}`);
        return;
      }
      if (flags.output) await writeFile(flags.output, report.output);
      else process.stdout.write(report.output);
      process.exitCode = report.gate.pass ? ExitCode.Ok : ExitCode.Failures;
    });
};

function oneOf(setting: string, value: string, allowed: readonly string[]): string {
  if (!allowed.includes(value)) throw new ConfigError(setting, `${setting} must be one of ${allowed.join(', ')}; got "${value}"`);
  return value;
}
