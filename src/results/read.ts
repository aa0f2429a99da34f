import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../errors.js';
import type { RunResult } from './types.js';
import { RESULTS_FILE } from './write.js';

/** Every `results.json` under `dir` (any depth, e.g. one folder per shard), sorted by path. */
export function readRunResults(dir: string): RunResult[] {
  const files: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name === RESULTS_FILE) files.push(path);
    }
  };
  try {
    walk(dir);
  } catch (cause) {
    throw new ConfigError('--merge-reports', `cannot read ${dir}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
  if (files.length === 0) throw new ConfigError('--merge-reports', `no ${RESULTS_FILE} found under ${dir}`);
  return files.map((file) => {
    const run = JSON.parse(readFileSync(file, 'utf8')) as RunResult;
    if (run.version !== 1) throw new ConfigError('--merge-reports', `${file}: results version ${String(run.version)} is not supported`);
    return run;
  });
}
