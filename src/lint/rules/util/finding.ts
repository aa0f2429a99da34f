import type { DocPage } from '../../../docs/types.js';
import type { LintFinding, LintRule } from '../../types.js';

/** A finding of `rule` on `page` at `line`, with the rule's default severity. */
export function finding(rule: LintRule, file: string, line: number, message: string, pointer?: string): LintFinding {
  return { rule: rule.id, severity: rule.severity, message, source: { file, line }, ...(pointer !== undefined ? { pointer } : {}) };
}

/** Index of the section named like `title` (case-insensitive, any level), or -1. */
export function sectionIndex(page: DocPage, title: RegExp): number {
  return page.sections.findIndex((s) => title.test(s.title.trim()));
}

/** Whether section `i` is `ancestor` or nested under it. */
export function within(page: DocPage, i: number, ancestor: number): boolean {
  for (let at: number | undefined = i; at !== undefined && at >= 0; at = page.sections[at]?.parent) {
    if (at === ancestor) return true;
  }
  return false;
}
