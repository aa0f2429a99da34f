import { DIFFERENCE_KINDS, type CrossCheckResult } from './crossCheck.js';

/** Counts per difference kind, then up to `examples` differences of each kind with their doc line. */
export function formatCrossCheck(result: CrossCheckResult, examples = 0, of?: string): string {
  const lines = [`CSDL cross-check${of ? ` of the ${of}` : ''}: ${result.matchedTypes} documented types matched in the metadata (informational)`];
  for (const kind of DIFFERENCE_KINDS) {
    lines.push(`${String(result.counts[kind]).padStart(7)}  ${kind}`);
    for (const d of result.differences.filter((x) => x.kind === kind).slice(0, examples)) {
      const also = d.related?.length ? ` (also ${d.related.map((r) => `${r.file}:${r.line}`).join(', ')})` : '';
      lines.push(`           ${d.source.file}:${d.source.line}  ${d.message}${also}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
