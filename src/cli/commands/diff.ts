import type { Command } from 'commander';
import { diffModels, formatDiffJson, formatDiffText, type ModelDiff } from '../../diff/index.js';
import { ConfigError } from '../../errors.js';
import type { ApiModel } from '../../model/types.js';
import { buildFromDocs, type Build } from '../../pipeline.js';
import { addDocsLimitFlags, readOptions, type DocsLimitFlags } from '../docsFlags.js';
import { ExitCode } from '../exitCodes.js';
import type { CommandRegistration } from './index.js';

/** `graph-contracts diff <old> <new>`: contract changes between two doc versions; exit 1 on breaking ones. */
export const registerDiff: CommandRegistration = (program: Command) => {
  addDocsLimitFlags(program
    .command('diff'))
    .description('list contract changes per operation and type between two doc versions; exit 1 when any is breaking')
    .argument('<old>', 'old docs folder, .tar.gz or https URL of one')
    .argument('<new>', 'new docs folder, .tar.gz or https URL of one')
    .option('--format <format>', 'output format: text|json', 'text')
    .action(async (oldDocs: string, newDocs: string, flags: { format: string } & DocsLimitFlags) => {
      if (flags.format !== 'text' && flags.format !== 'json') throw new ConfigError('--format', `--format must be text or json; got "${flags.format}"`);
      const read = readOptions(flags);
      const [before, after] = await Promise.all([buildFromDocs(oldDocs, undefined, read), buildFromDocs(newDocs, undefined, read)]);
      const diff = diffBuilds(before, after);
      process.stdout.write(flags.format === 'json' ? formatDiffJson(diff) : formatDiffText(diff));
      process.exitCode = diff.breaking > 0 ? ExitCode.Failures : ExitCode.Ok;
    });
};

const EMPTY: ApiModel = { resources: {}, enums: {}, operations: [], diagnostics: [] };

/**
 * The changes between two builds: model against model, or, when both hold both API versions,
 * each version against the same version (subjects prefixed `v1.0 …`), so beta's changes are never
 * read as v1.0's.
 */
function diffBuilds(before: Build, after: Build): ModelDiff {
  if (before.versions.length < 2 || after.versions.length < 2) return diffModels(before.model, after.model);
  const versions = [...new Set([...before.versions, ...after.versions].map((v) => v.version ?? ''))].sort();
  const modelOf = (b: Build, v: string) => b.versions.find((x) => (x.version ?? '') === v)?.model ?? EMPTY;
  const changes = versions.flatMap((v) => diffModels(modelOf(before, v), modelOf(after, v)).changes.map((c) => ({ ...c, subject: `${v} ${c.subject}` })));
  const breaking = changes.filter((c) => c.breaking).length;
  return { changes, breaking, nonBreaking: changes.length - breaking };
}
