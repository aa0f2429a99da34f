import { permissionsInclude } from '../../model/permissionsSource.js';
import { ptr } from '../pointer.js';
import type { LintRule } from '../types.js';
import { finding, sectionIndex } from './util/finding.js';
import { permissionTables } from './util/permissionsTable.js';

/** An API page must say which permissions a call needs; a test tenant cannot be set up without them. */
export const permissionsMissing: LintRule = {
  id: 'permissions-missing',
  severity: 'warning',
  origin: 'lint',
  description: 'An API page has no permissions table (`Permission type | Permissions`) and no permissions include: callers cannot tell what to consent to.',
  run: ({ pages }) =>
    pages
      // A table in an include is the model's business (`include-missing`, `include-unreadable`).
      .filter((p) => p.kind === 'api' && sectionIndex(p, /^http request$/i) >= 0 && permissionTables(p).length === 0 && !permissionsInclude(p))
      .map((page) => {
        // Intune pages put the table under "Prerequisites"; some pages have only prose there.
        const section = page.sections[sectionIndex(page, /^(permissions|prerequisites)$/i)];
        const where = section ? `the ${section.title} section has no permissions table` : 'API page has no Permissions section';
        return finding(permissionsMissing, page.file, section?.line ?? page.sections[0]?.line ?? 1, where, ptr('permissions'));
      }),
};
