import type { RunResult } from '../results/types.js';
import { readBaseline, readRunResult } from './read.js';
import { writeReports, type WrittenReports } from './write.js';

/** Inputs of `graph-contracts report`. */
export interface RerenderOptions {
  /** results.json to render. @default 'reports/results.json' */
  results?: string;
  /** Folder to write the reports into. @default 'reports' */
  reports?: string;
  /** The release baseline (as `gate` reads it) or an earlier results.json; adds new/known/fixed to the HTML report. */
  baseline?: string;
  /** `YYYY-MM-DD` for baseline expiry. @default today (UTC) */
  today?: string;
  /** Prefix for doc links. @default '' */
  docsBaseUrl?: string;
}

/** Re-renders junit.xml, index.html (and a normalized results.json) from a results.json. */
export function rerenderReports(options: RerenderOptions = {}): { run: RunResult; written: WrittenReports } {
  const run = readRunResult(options.results ?? 'reports/results.json');
  const baseline = options.baseline ? readBaseline(options.baseline, options.today ?? new Date().toISOString().slice(0, 10)) : undefined;
  const written = writeReports(run, options.reports ?? 'reports', { baseline, docsBaseUrl: options.docsBaseUrl });
  return { run, written };
}
