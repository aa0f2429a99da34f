import type { Command } from 'commander';
import { diffModels, formatDiffJson, formatDiffText } from '../../diff/index.js';
import { ConfigError, NothingCheckedError } from '../../errors.js';
import type { ApiModel } from '../../model/types.js';
import { loadModel } from '../../pipeline.js';
import { addCacheFlags, cacheOf, type CacheFlags } from '../cacheFlags.js';
import { ExitCode } from '../exitCodes.js';
import type { CommandRegistration } from './index.js';

/** `graph-contracts diff <old> <new>`: contract changes between two doc versions; exit 1 on breaking ones. */
export const registerDiff: CommandRegistration = (program: Command) => {
  const command = program
    .command('diff')
    .description('list contract changes per operation and type between two doc versions; exit 1 when any is breaking')
    .argument('<old>', 'old docs folder or .tar.gz')
    .argument('<new>', 'new docs folder or .tar.gz')
    .option('--format <format>', 'output format: text|json', 'text')
    .option('--allow-empty', 'docs with no operation and no type on either side compare instead of exit 2');
  addCacheFlags(command)
    .action(async (oldDocs: string, newDocs: string, flags: { format: string; allowEmpty?: boolean } & CacheFlags) => {
      if (flags.format !== 'text' && flags.format !== 'json') throw new ConfigError('--format', `--format must be text or json; got "${flags.format}"`);
      const cache = cacheOf(flags);
      const [before, after] = await Promise.all([loadModel(oldDocs, { cache }), loadModel(newDocs, { cache })]);
      const empty = [[oldDocs, before], [newDocs, after]].find(([, m]) => (m as ApiModel).operations.length === 0 && Object.keys((m as ApiModel).resources).length === 0);
      if (empty && !flags.allowEmpty) throw new NothingCheckedError(`${String(empty[0])} holds no operation and no type to compare`);
      const diff = diffModels(before, after);
      process.stdout.write(flags.format === 'json' ? formatDiffJson(diff) : formatDiffText(diff));
      process.exitCode = diff.breaking > 0 ? ExitCode.Failures : ExitCode.Ok;
    });
};
