import type { BaselineOutcome, Finding } from '../../baseline/types.js';

/** Text report options. */
export interface TextOptions {
  /** With a baseline: known findings are left out of the list and only counted. */
  outcome?: BaselineOutcome;
  /** What one finding is called in the count line (`gate` counts a failed case's violations). @default 'finding' */
  unit?: string;
}

/** `file:line  severity  rule  message` lines, then counts per rule and the baseline summary. */
export function formatText(findings: Finding[], options: TextOptions = {}): string {
  const shown = options.outcome ? options.outcome.fresh : findings;
  const lines = shown.map((f) => `${f.source ? `${f.source.file}:${f.source.line}` : f.target}  ${f.severity}  ${f.rule}  ${f.message}`);
  const counts = new Map<string, number>();
  for (const f of shown) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  if (counts.size > 0) lines.push('', ...[...counts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([rule, n]) => `${String(n).padStart(6)}  ${rule}`));
  lines.push(`${shown.length} ${options.unit ?? 'finding'}(s)${options.outcome ? ' not in the baseline' : ''}`);
  const o = options.outcome;
  if (o) {
    lines.push(`baseline: ${o.known.length} known, ${o.fresh.length} new, ${o.fixed.length} fixed, ${o.expired.length} expired`);
    for (const e of o.fixed) lines.push(`  fixed: ${e.rule} ${e.target} ${e.pointer} (owner ${e.owner}): remove it from the baseline`);
    for (const e of o.expired) lines.push(`  expired ${e.expires}: ${e.rule} ${e.target} ${e.pointer} (owner ${e.owner})`);
  }
  return `${lines.join('\n')}\n`;
}
