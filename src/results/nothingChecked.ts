import type { RunResult } from './types.js';

/**
 * Why a run checked nothing, or `undefined` when at least one case passed or failed. A nightly job
 * reads the exit code alone: a run with no contract, or whose every case was skipped or never sent,
 * must not look like a green one.
 */
export function nothingChecked(run: Pick<RunResult, 'cases'> & Partial<Pick<RunResult, 'docs'>>): string | undefined {
  if (run.cases.length === 0) return `no case ran: ${run.docs ? `${run.docs} gave` : 'there was'} no contract to run`;
  if (run.cases.some((c) => c.state === 'passed' || c.state === 'failed')) return undefined;
  const skipped = run.cases.filter((c) => c.state === 'skipped');
  if (skipped.length === 0) return `none of ${run.cases.length} case(s) got an answer to judge (every one ended in an error)`;
  const reasons = new Map<string, number>();
  for (const c of skipped) reasons.set(c.skipReason ?? 'no reason given', (reasons.get(c.skipReason ?? 'no reason given') ?? 0) + 1);
  const [top, n] = [...reasons].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
  const others = reasons.size > 1 ? `, and ${reasons.size - 1} other reason(s)` : '';
  return `all ${skipped.length} case(s) were skipped (${n}× ${top}${others})`;
}
