import type { Command } from 'commander';
import { diffModels, formatDiffJson, formatDiffText, type ModelDiff } from '../../diff/index.js';
import { ConfigError, NothingCheckedError } from '../../errors.js';
import type { ApiModel } from '../../model/types.js';
import { loadModels, type VersionModel } from '../../pipeline.js';
import { addCacheFlags, cacheOf, type CacheFlags } from '../cacheFlags.js';
import { addDocsLimitFlags, readOptions, type DocsLimitFlags } from '../docsFlags.js';
import { ExitCode } from '../exitCodes.js';
import type { CommandRegistration } from './index.js';

/** `graph-contracts diff <old> <new>`: contract changes between two doc versions; exit 1 on breaking ones. */
export const registerDiff: CommandRegistration = (program: Command) => {
  const command = program
    .command('diff')
    .description('list contract changes per operation and type between two doc versions; exit 1 when any is breaking')
    .argument('<old>', 'old docs folder, .tar.gz or https URL of one')
    .argument('<new>', 'new docs folder, .tar.gz or https URL of one')
    .option('--format <format>', 'output format: text|json', 'text')
    .option('--allow-empty', 'docs with no operation and no type on either side compare instead of exit 2');
  addCacheFlags(addDocsLimitFlags(command))
    .action(async (oldDocs: string, newDocs: string, flags: { format: string; allowEmpty?: boolean } & CacheFlags & DocsLimitFlags) => {
      if (flags.format !== 'text' && flags.format !== 'json') throw new ConfigError('--format', `--format must be text or json; got "${flags.format}"`);
      const options = { cache: cacheOf(flags), read: readOptions(flags) };
      const [before, after] = await Promise.all([loadModels(oldDocs, options), loadModels(newDocs, options)]);
      const nothing = (models: VersionModel[]) => models.every(({ model }) => model.operations.length === 0 && Object.keys(model.resources).length === 0);
      const empty = nothing(before) ? oldDocs : nothing(after) ? newDocs : undefined;
      if (empty && !flags.allowEmpty) throw new NothingCheckedError(`${empty} holds no operation and no type to compare`);
      const diff = diffVersions(before, after);
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
function diffVersions(before: VersionModel[], after: VersionModel[]): ModelDiff {
  if (before.length < 2 || after.length < 2) return diffModels(before[0]!.model, after[0]!.model);
  const versions = [...new Set([...before, ...after].map((v) => v.version ?? ''))].sort();
  const modelOf = (models: VersionModel[], v: string) => models.find((x) => (x.version ?? '') === v)?.model ?? EMPTY;
  const changes = versions.flatMap((v) => diffModels(modelOf(before, v), modelOf(after, v)).changes.map((c) => ({ ...c, subject: `${v} ${c.subject}` })));
  const breaking = changes.filter((c) => c.breaking).length;
  return { changes, breaking, nonBreaking: changes.length - breaking };
}
