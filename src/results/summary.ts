import type { CaseResult, Summary } from './types.js';

/** Counts cases by state. */
export function summarize(cases: readonly CaseResult[]): Summary {
  const s: Summary = { total: cases.length, passed: 0, failed: 0, errors: 0, skipped: 0 };
  for (const c of cases) {
    if (c.state === 'passed') s.passed++;
    else if (c.state === 'failed') s.failed++;
    else if (c.state === 'error') s.errors++;
    else s.skipped++;
  }
  return s;
}

/** The runner's final line: `N passed, N failed, N skipped`, plus `, N errors` when any. */
export function summaryLine(s: Summary): string {
  const line = `${s.passed} passed, ${s.failed} failed, ${s.skipped} skipped`;
  return s.errors > 0 ? `${line}, ${s.errors} errors` : line;
}

/** Stable case order (by case id, code-point order), so runs and merged shards compare equal. */
export function byCaseId(a: CaseResult, b: CaseResult): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
