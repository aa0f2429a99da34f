import { readFile } from 'node:fs/promises';
import { ConfigError } from '../errors.js';
import type { RunResult } from '../results/types.js';

/** Reads a `results.json` written by a run; a missing or foreign file is a `ConfigError` naming it. */
export async function readRunResult(path: string): Promise<RunResult> {
  let data: Partial<RunResult>;
  try {
    data = JSON.parse(await readFile(path, 'utf8')) as Partial<RunResult>;
  } catch (err) {
    throw new ConfigError('--results', `cannot read run results ${path}: ${(err as Error).message}`, { cause: err });
  }
  if (data.version !== 1 || !Array.isArray(data.cases)) throw new ConfigError('--results', `${path} is not a graph-contracts results.json (version 1)`);
  return data as RunResult;
}
