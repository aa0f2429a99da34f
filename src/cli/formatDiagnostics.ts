import type { DocDiagnostic } from '../docs/types.js';
import { SEVERITIES } from '../severity.js';

/**
 * Build diagnostics as text: a total by severity, then one group per rule (most serious first,
 * then most frequent) with its count and up to `perRule` `file:line message` lines (0: counts only).
 */
export function formatDiagnostics(diagnostics: DocDiagnostic[], perRule = 5): string {
  if (diagnostics.length === 0) return 'diagnostics: 0';
  const groups = new Map<string, DocDiagnostic[]>();
  for (const d of diagnostics) groups.set(d.rule, [...(groups.get(d.rule) ?? []), d]);
  const rank = (list: DocDiagnostic[]) => Math.min(...list.map((d) => SEVERITIES.indexOf(d.severity)));
  const ordered = [...groups].sort(([ra, a], [rb, b]) => rank(a) - rank(b) || b.length - a.length || (ra < rb ? -1 : 1));
  const bySeverity = SEVERITIES.map((s) => `${s} ${diagnostics.filter((d) => d.severity === s).length}`).join(', ');
  const lines = [`diagnostics: ${diagnostics.length} (${bySeverity})`];
  for (const [rule, list] of ordered) {
    lines.push(`  ${rule} (${SEVERITIES[rank(list)]}): ${list.length}`);
    for (const d of list.slice(0, perRule)) lines.push(`    ${d.source.file}:${d.source.line}  ${d.message}`);
    if (list.length > perRule && perRule > 0) lines.push(`    ... ${list.length - perRule} more`);
  }
  return lines.join('\n');
}
