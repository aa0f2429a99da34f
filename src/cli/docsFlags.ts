import type { Command } from 'commander';
import { DEFAULT_READ_LIMITS, type ReadOptions } from '../docs/index.js';
import { ConfigError } from '../errors.js';
import { stderrProgress } from './progress.js';

/** `--max-docs-mb` / `--max-page-mb` as commander gives them. */
export interface DocsLimitFlags {
  maxDocsMb?: string;
  maxPageMb?: string;
}

const MB = 1024 * 1024;

/** Adds the flags that raise the size limits of `--docs` (a download, an archive, a folder). */
export function addDocsLimitFlags(command: Command): Command {
  return command
    .option('--max-docs-mb <n>', `largest download and total the docs may expand to (default ${DEFAULT_READ_LIMITS.maxTotalBytes / MB})`)
    .option('--max-page-mb <n>', `largest single docs file read (default ${DEFAULT_READ_LIMITS.maxFileBytes / MB})`);
}

/**
 * The read options of the flags; a download's progress lines and the progress of reading and
 * building the docs go to stderr (`stderrProgress`: stdout stays the command's output).
 */
export function readOptions(flags: DocsLimitFlags): ReadOptions {
  const display = stderrProgress();
  const options: ReadOptions = { progress: display.log, onProgress: display.onProgress };
  const total = megabytes('--max-docs-mb', flags.maxDocsMb);
  const file = megabytes('--max-page-mb', flags.maxPageMb);
  if (total !== undefined) options.maxTotalBytes = total;
  if (file !== undefined) options.maxFileBytes = file;
  return options;
}

function megabytes(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new ConfigError(flag, `${flag} must be a positive number of megabytes; got "${value}"`);
  return Math.floor(n * MB);
}
