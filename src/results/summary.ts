import type { CaseResult, RunResult, Summary } from './types.js';
import { plural } from '../util/plural.js';

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

/**
 * The counts every command speaks of a run in (`run`, `report`, `gate`, `mock`): cases by state,
 * the contracts and operations they cover, and the failed cases the docs explain (doc defects).
 */
export interface RunCounts extends Summary {
  contracts: number;
  operations: number;
  /** Failed cases whose every violation the docs explain (`CaseResult.docDefects`). */
  docDefects: number;
}

/** The counts of a run's cases. */
export function countRun(cases: readonly CaseResult[]): RunCounts {
  return {
    ...summarize(cases),
    contracts: new Set(cases.map((c) => c.contractId)).size,
    operations: new Set(cases.map((c) => c.operation)).size,
    docDefects: cases.filter((c) => c.state === 'failed' && c.docDefects).length,
  };
}


/**
 * The one summary line of a run: `N passed, N failed, N skipped, N errors (N cases, N contracts,
 * N operations, N doc defects)`, led by `interrupted:` when the run did not finish. It starts as
 * CI log readers expect (`N passed, N failed`, one word and a colon allowed before it).
 */
export function summaryLine(run: Pick<RunResult, 'cases' | 'complete'>): string {
  const n = countRun(run.cases);
  const states = `${n.passed} passed, ${n.failed} failed, ${n.skipped} skipped, ${plural(n.errors, 'error')}`;
  const covered = `${plural(n.total, 'case')}, ${plural(n.contracts, 'contract')}, ${plural(n.operations, 'operation')}, ${plural(n.docDefects, 'doc defect')}`;
  return `${run.complete ? '' : 'interrupted: '}${states} (${covered})`;
}

/** Stable case order (by case id, code-point order), so runs and merged shards compare equal. */
export function byCaseId(a: CaseResult, b: CaseResult): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
