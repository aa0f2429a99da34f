import type { RunResult } from '../results/types.js';
import { readBaseline, readRunResult } from './read.js';
import { writeReports, type WrittenReports } from './write.js';

/** Inputs of `graph-contracts report`. */
export interface RerenderOptions {
  /** results.json to render. @default 'reports/results.json' */
  results?: string;
  /** Folder to write the reports into. @default 'reports' */
  reports?: string;
  /** A baseline file or an earlier results.json; adds new/known/fixed to the HTML report. */
  baseline?: string;
  /** Prefix for doc links. @default '' */
  docsBaseUrl?: string;
}

/** Re-renders junit.xml, index.html (and a normalized results.json) from a results.json. */
export function rerenderReports(options: RerenderOptions = {}): { run: RunResult; written: WrittenReports } {
  const run = readRunResult(options.results ?? 'reports/results.json');
  const baseline = options.baseline ? readBaseline(options.baseline) : undefined;
  const written = writeReports(run, options.reports ?? 'reports', { baseline, docsBaseUrl: options.docsBaseUrl });
  return { run, written };
}
