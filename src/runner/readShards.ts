import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../errors.js';
import { readRunResult } from '../reporters/index.js';
import type { RunResult } from '../results/types.js';

/** Every `results.json` under `dir` (any depth, e.g. one folder per shard), sorted by path. */
export function readShardResults(dir: string): RunResult[] {
  const files: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name === 'results.json') files.push(path);
    }
  };
  try {
    walk(dir);
  } catch (cause) {
    throw new ConfigError('--merge-reports', `cannot read ${dir}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
  if (files.length === 0) throw new ConfigError('--merge-reports', `no results.json found under ${dir}`);
  return files.map((file) => readRunResult(file, '--merge-reports'));
}
