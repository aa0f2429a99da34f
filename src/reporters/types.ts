import type { Baseline } from '../baseline/types.js';
import type { RunResult } from '../results/types.js';

/**
 * What a report compares a run's failures with (docs/results-json.md, Baselines): the release
 * baseline that `gate` reads, or the failing case ids of an earlier run.
 */
export type ReportBaseline =
  | {
      kind: 'release';
      baseline: Baseline;
      /** `YYYY-MM-DD`: entries expire on their `expires` day, as in `gate`. */
      today: string;
    }
  | {
      kind: 'run';
      /** Ids (`<contract-id>::<check-id>`) of cases that failed or errored in that run. */
      failures: string[];
    };

/** Options shared by every formatter. */
export interface ReportOptions {
  /** Compare failures against known ones; the HTML report then shows new vs known vs fixed. */
  baseline?: ReportBaseline;
  /**
   * Prefix for links to doc files (`<prefix><file>#L<line>`), e.g. a repository blob URL ending in
   * `/`; replaces the run's own `docLinks` (`writeReports` applies it).
   * @default the run's `docLinks`
   */
  docsBaseUrl?: string;
}

/** A report format: a pure function from a run to the file's text. */
export type Formatter = (run: RunResult, options: ReportOptions) => string;
