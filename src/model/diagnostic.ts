import type { DocDiagnostic, SourceRef } from '../docs/types.js';
import type { Severity } from '../severity.js';

/** Builds a DocDiagnostic; `related` is left out when empty so output stays minimal and stable. */
export function diagnostic(
  rule: string,
  severity: Severity,
  message: string,
  source: SourceRef,
  related?: SourceRef[],
): DocDiagnostic {
  return related && related.length > 0 ? { rule, severity, message, source, related } : { rule, severity, message, source };
}

/** A SourceRef `offset` lines below `source` (fence content lines, table rows). */
export function lineBelow(source: SourceRef, offset: number): SourceRef {
  return { file: source.file, line: source.line + offset };
}
