import type { BaselineOutcome, Finding } from '../../baseline/types.js';

/** `{ findings, baseline? }` as stable JSON; with a baseline, each finding says whether it is new. */
export function formatJson(findings: Finding[], options: { outcome?: BaselineOutcome } = {}): string {
  const o = options.outcome;
  const fresh = new Set(o?.fresh);
  const body = {
    findings: findings.map((f) => (o ? { ...f, baseline: fresh.has(f) ? 'new' : 'known' } : f)),
    ...(o ? { baseline: { known: o.known.length, new: o.fresh.length, fixed: o.fixed, expired: o.expired } } : {}),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
