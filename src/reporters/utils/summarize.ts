import type { CaseResult, Summary } from '../../results/types.js';

/** Counts cases by state. Reporters recount rather than trust `run.summary`, so a partial run adds up. */
export function summarize(cases: readonly CaseResult[]): Summary {
  const summary: Summary = { total: cases.length, passed: 0, failed: 0, errors: 0, skipped: 0 };
  for (const c of cases) {
    if (c.state === 'passed') summary.passed++;
    else if (c.state === 'failed') summary.failed++;
    else if (c.state === 'error') summary.errors++;
    else summary.skipped++;
  }
  return summary;
}
