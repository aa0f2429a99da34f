import type { RunResult } from '../results/types.js';

/**
 * Failures already known before this run, keyed by `CaseResult.id`. The release gate compares
 * a run against it to tell new failures from known ones. Serialized as JSON; see docs/results-json.md.
 */
export interface Baseline {
  version: 1;
  /** Ids (`<contract-id>::<check-id>`) of cases that failed or errored when the baseline was taken. */
  knownFailures: string[];
}

/** Options shared by every formatter. */
export interface ReportOptions {
  /** Compare failures against known ones; the HTML report then shows new vs known vs fixed. */
  baseline?: Baseline;
  /**
   * Prefix for links to doc files (`<prefix><file>#L<line>`), e.g. a repository blob URL or a
   * `file://` folder URL ending in `/`.
   * @default '' (links relative to the report)
   */
  docsBaseUrl?: string;
}

/** A report format: a pure function from a run to the file's text. */
export type Formatter = (run: RunResult, options: ReportOptions) => string;
