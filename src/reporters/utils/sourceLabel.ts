import type { SourceRef } from '../../docs/types.js';

/** `file:line`, the form editors and CI log viewers turn into a link. */
export function sourceLabel(source: SourceRef): string {
  return `${source.file}:${source.line}`;
}
