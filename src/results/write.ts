import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RunResult } from './types.js';

/** File name of the machine-readable results inside a reports directory. */
export const RESULTS_FILE = 'results.json';

/** Writes `results.json` atomically (temp file + rename), so readers never see half a file. */
export function writeResults(run: RunResult, dir: string): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, RESULTS_FILE);
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(run, null, 2)}\n`);
  renameSync(temp, file);
  return file;
}
