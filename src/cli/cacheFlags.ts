import type { Command } from 'commander';
import { CACHE_DIR_ENV, cacheSettings, type CacheSettings } from '../cache/settings.js';

/** `--cache-dir` and `--no-cache` as commander leaves them. */
export interface CacheFlags {
  /** False with `--no-cache`. */
  cache?: boolean;
  cacheDir?: string;
}

/** Declares the build-cache flags of a command that builds docs (mock, run, lint, diff). */
export function addCacheFlags(command: Command): Command {
  return command
    .option('--cache-dir <dir>', `build cache folder (default: $${CACHE_DIR_ENV}, else the user cache folder, e.g. ~/.cache/graph-contracts)`)
    .option('--no-cache', 'build the docs without reading or writing the build cache');
}

/** The cache settings of the flags; cache notices go to stderr, one line each. */
export function cacheOf(flags: CacheFlags): CacheSettings | undefined {
  return cacheSettings(flags, (line) => console.error(`graph-contracts: ${line}`));
}
