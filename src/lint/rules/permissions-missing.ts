import type { DocPage } from '../../docs/types.js';
import { ptr } from '../pointer.js';
import type { LintFinding, LintRule } from '../types.js';
import { finding, sectionIndex, within } from './util/finding.js';

/** An API page must say which permissions a call needs; a test tenant cannot be set up without them. */
export const permissionsMissing: LintRule = {
  id: 'permissions-missing',
  severity: 'warning',
  origin: 'lint',
  description: 'An API page has no Permissions section or no permissions table in it: callers cannot tell what to consent to.',
  run: ({ pages }) => pages.filter(isApiPage).flatMap(check),
};

function isApiPage(page: DocPage): boolean {
  return page.kind === 'api' && sectionIndex(page, /^http request$/i) >= 0;
}

function check(page: DocPage): LintFinding[] {
  const section = sectionIndex(page, /^permissions$/i);
  const titleLine = page.sections[0]?.line ?? 1;
  if (section < 0) return [finding(permissionsMissing, page.file, titleLine, 'API page has no Permissions section', ptr('permissions'))];
  const tables = page.tables.filter((t) => within(page, t.section, section));
  if (tables.length === 0) {
    const line = page.sections[section]!.line;
    return [finding(permissionsMissing, page.file, line, 'Permissions section has no permissions table', ptr('permissions'))];
  }
  // Rows without a permission (empty or TODO) are the model's `permissions-not-stated`.
  return [];
}
