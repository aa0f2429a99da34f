import { ConfigError } from '../errors.js';

/** Parses `--shard i/n` (1 <= i <= n). */
export function parseShard(value: string): { index: number; count: number } {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw new ConfigError('--shard', `--shard ${value}: expected i/n with 1 <= i <= n, e.g. 2/4`);
  }
  return { index, count };
}
