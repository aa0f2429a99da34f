import type { CaseResult } from '../../results/types.js';
import type { Baseline } from '../types.js';

/** Failures of a run sorted against a baseline. */
export interface BaselineComparison {
  /** Failing or erroring now, not in the baseline. */
  new: string[];
  /** Failing or erroring now, and in the baseline. */
  known: string[];
  /** In the baseline and passed now. A known case that was skipped or not run is neither fixed nor known. */
  fixed: string[];
}

/** Compares the failing cases of a run with the known failures of a baseline, by case id. */
export function compareBaseline(cases: readonly CaseResult[], baseline: Baseline): BaselineComparison {
  const known = new Set(baseline.knownFailures);
  const result: BaselineComparison = { new: [], known: [], fixed: [] };
  for (const c of cases) {
    if (c.state === 'failed' || c.state === 'error') (known.has(c.id) ? result.known : result.new).push(c.id);
    else if (c.state === 'passed' && known.has(c.id)) result.fixed.push(c.id);
  }
  return result;
}
