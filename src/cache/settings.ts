import envPaths from 'env-paths';

/** The environment variable that moves the build cache (as `--cache-dir` does). */
export const CACHE_DIR_ENV = 'GRAPH_CONTRACTS_CACHE_DIR';

/** Where the build cache lives; a command given none builds every time (`--no-cache`). */
export interface CacheSettings {
  /** The cache folder (created on first write). */
  dir: string;
  /** One-line notices: a corrupt entry rebuilt, a cache that cannot be written. @default none */
  log?: (line: string) => void;
}

/**
 * The cache folder: `--cache-dir`, else `GRAPH_CONTRACTS_CACHE_DIR`, else the user's cache folder
 * as the platform defines it (`$XDG_CACHE_HOME/graph-contracts` or `~/.cache/graph-contracts` on
 * Linux, `~/Library/Caches/graph-contracts` on macOS, `%LOCALAPPDATA%\graph-contracts\Cache` on
 * Windows).
 */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env[CACHE_DIR_ENV]?.trim();
  return fromEnv ? fromEnv : envPaths('graph-contracts', { suffix: '' }).cache;
}

/** The `--cache-dir` / `--no-cache` flags of a command as settings (`cache` is false for `--no-cache`). */
export function cacheSettings(flags: { cache?: boolean; cacheDir?: string }, log: (line: string) => void): CacheSettings | undefined {
  if (flags.cache === false) return undefined;
  return { dir: flags.cacheDir ?? defaultCacheDir(), log };
}
