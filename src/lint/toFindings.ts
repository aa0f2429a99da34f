import type { Finding } from '../baseline/types.js';
import type { DocPage } from '../docs/types.js';
import { findingPointer } from './pointer.js';
import type { LintFinding } from './types.js';

/** Lint findings as gate findings: target = docs file, pointer = the finding's, else one derived from its place on the page. */
export function toFindings(findings: LintFinding[], pages: DocPage[]): Finding[] {
  const byFile = new Map(pages.map((p) => [p.file, p]));
  return findings.map((f) => ({
    kind: 'lint',
    rule: f.rule,
    target: f.source.file,
    pointer: f.pointer ?? findingPointer(byFile.get(f.source.file), f.source.line),
    severity: f.severity,
    message: f.message,
    source: f.source,
  }));
}
