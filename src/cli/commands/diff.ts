import type { Command } from 'commander';
import { diffModels, formatDiffJson, formatDiffText } from '../../diff/index.js';
import { ConfigError } from '../../errors.js';
import { buildFromDocs } from '../../pipeline.js';
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
      const diff = diffModels(before.model, after.model);
      process.stdout.write(flags.format === 'json' ? formatDiffJson(diff) : formatDiffText(diff));
      process.exitCode = diff.breaking > 0 ? ExitCode.Failures : ExitCode.Ok;
    });
};
