import type { SourceRef } from '../docs/types.js';
import type { ModelDiff } from './types.js';

const at = (s: SourceRef | undefined): string => (s ? ` (${s.file}:${s.line})` : '');

/** Changes grouped by operation or type, breaking ones marked, with the doc line of each side. */
export function formatDiffText(diff: ModelDiff): string {
  const lines: string[] = [];
  let subject: string | undefined;
  for (const c of diff.changes) {
    if (c.subject !== subject) lines.push(c.subject);
    subject = c.subject;
    lines.push(`  ${c.breaking ? 'BREAKING' : 'ok      '}  ${c.kind}: ${c.message}${at(c.new ?? c.old)}`);
  }
  lines.push(`${diff.changes.length} change(s): ${diff.breaking} breaking, ${diff.nonBreaking} non-breaking`);
  return `${lines.join('\n')}\n`;
}

/** The diff as stable JSON (`{ changes, breaking, nonBreaking }`). */
export function formatDiffJson(diff: ModelDiff): string {
  return `${JSON.stringify(diff, null, 2)}\n`;
}
