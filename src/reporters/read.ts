import { readFileSync } from 'node:fs';
import { ConfigError } from '../errors.js';
import type { RunResult } from '../results/types.js';
import { checkBaseline } from '../baseline/file.js';
import type { ReportBaseline } from './types.js';

const STATES = new Set(['passed', 'failed', 'error', 'skipped']);

/**
 * Reads a results.json (docs/results-json.md). Errors name the file, the setting it came from
 * and what is wrong, including a version this build does not read.
 */
export function readRunResult(file: string, setting = '--results'): RunResult {
  const value = readJson(file, setting) as Partial<RunResult> & { version?: unknown };
  if (value.version !== 1) {
    throw new ConfigError(setting, `${file}: results version ${JSON.stringify(value.version)} is not supported; this graph-contracts reads version 1`);
  }
  if (!Array.isArray(value.cases) || !Array.isArray(value.diagnostics) || typeof value.target !== 'string') {
    throw new ConfigError(setting, `${file}: not a graph-contracts results file (needs "target", "cases" and "diagnostics")`);
  }
  const bad = value.cases.findIndex((c) => typeof c?.id !== 'string' || !STATES.has(c.state) || typeof c.source?.file !== 'string' || !Array.isArray(c.violations));
  if (bad >= 0) throw new ConfigError(setting, `${file}: cases[${bad}] lacks an id, a state, a source or violations`);
  return value as RunResult;
}

/**
 * Reads what a report compares with: the release baseline that `gate --baseline` reads, or an
 * earlier results.json, whose failing and erroring cases become the known failures.
 * `today` (`YYYY-MM-DD`) decides which baseline entries have expired.
 */
export function readBaseline(file: string, today: string, setting = '--baseline'): ReportBaseline {
  const value = readJson(file, setting) as { cases?: unknown };
  if (Array.isArray(value.cases)) {
    const run = readRunResult(file, setting);
    return { kind: 'run', failures: run.cases.filter((c) => c.state === 'failed' || c.state === 'error').map((c) => c.id) };
  }
  return { kind: 'release', baseline: checkBaseline(value, file), today };
}

function readJson(file: string, setting: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ConfigError(setting, `${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? String(err)})`, { cause: err });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new ConfigError(setting, `${file}: not valid JSON (${(err as Error).message})`, { cause: err });
  }
}
