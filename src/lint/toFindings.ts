import type { Finding } from '../baseline/types.js';
import type { DocPage } from '../docs/types.js';
import { sectionPointer } from './pointer.js';
import type { LintFinding } from './types.js';

/** Lint findings as gate findings: target = docs file, pointer = the finding's, else its section path. */
export function toFindings(findings: LintFinding[], pages: DocPage[]): Finding[] {
  const byFile = new Map(pages.map((p) => [p.file, p]));
  return findings.map((f) => ({
    kind: 'lint',
    rule: f.rule,
    target: f.source.file,
    pointer: f.pointer ?? sectionPointer(byFile.get(f.source.file), f.source.line),
    severity: f.severity,
    message: f.message,
    source: f.source,
  }));
}
