import { nothingChecked } from '../results/nothingChecked.js';
import type { RunResult } from '../results/types.js';

/**
 * Why a run cannot decide a release, or `undefined` when it can. A gate that only counted contract
 * failures would pass a run that never reached the tenant (every case an `error`), one that was
 * interrupted, or one whose filter matched nothing that ran; each of those measured nothing. With
 * `allowEmpty` a run that checked nothing (and had no error) decides: the user said it is expected.
 */
export function inconclusiveReason(run: Pick<RunResult, 'complete' | 'cases'> & Partial<Pick<RunResult, 'docs'>>, options: { allowEmpty?: boolean } = {}): string | undefined {
  const reasons: string[] = [];
  if (!run.complete) reasons.push('the run was interrupted (results.json has "complete": false)');
  const errors = new Map<string, number>();
  for (const c of run.cases) if (c.state === 'error') errors.set(c.error?.code ?? 'ERROR', (errors.get(c.error?.code ?? 'ERROR') ?? 0) + 1);
  if (errors.size > 0) {
    const total = [...errors.values()].reduce((a, b) => a + b, 0);
    const codes = [...errors].sort(([a], [b]) => (a < b ? -1 : 1)).map(([code, n]) => `${code} ×${n}`);
    reasons.push(`${total} case(s) ended in an error (${codes.join(', ')})`);
  }
  const empty = errors.size === 0 && !options.allowEmpty ? nothingChecked(run) : undefined;
  if (empty) reasons.push(`nothing was checked: ${empty}`);
  return reasons.length > 0 ? reasons.join('; ') : undefined;
}
