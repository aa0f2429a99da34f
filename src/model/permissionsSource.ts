import type { DocDiagnostic, DocPage, Include } from '../docs/types.js';
import { diagnostic } from './diagnostic.js';
import type { IncludeResolver } from './includes.js';
import { isPermissionsTable, parsePermissions } from './permissions.js';
import { findSection, within } from './sections.js';
import type { Permissions } from './types.js';

const PERMISSIONS_SECTION = /^permissions$/i;
const PERMISSIONS_FOLDER = /(^|\/)permissions\//i;
const PERMISSIONS_TABLE_NAME = /^permissions-table$/i;

/**
 * The include that holds a page's permissions table (pages since 2024): the one a
 * `"blockType": "permissions"` annotation labels, else one in the Permissions section that names
 * a permissions include (`includes/permissions/…`, `[permissions-table]`). Other includes there
 * (role notes, `rbac-for-apis`) are not it.
 */
export function permissionsInclude(page: DocPage): Include | undefined {
  const labelled = page.includes.find((i) => i.annotation?.value?.['blockType'] === 'permissions');
  if (labelled) return labelled;
  const section = findSection(page, PERMISSIONS_SECTION);
  if (section < 0) return undefined;
  return page.includes.find((i) => within(page, i.section, section) && (PERMISSIONS_FOLDER.test(i.target) || PERMISSIONS_TABLE_NAME.test(i.text.trim())));
}

/**
 * Who may call the API a page documents: its own Permissions table, else the table in the include
 * its Permissions section names, resolved relative to the page. Both table forms (two columns, and
 * the three-column least/higher privileged one) feed the same `Permissions`, whose `source` is the
 * table's own file and line. A missing include, or one without a permissions table, is a
 * diagnostic at the include line naming its path; the permissions are then unknown.
 */
export function pagePermissions(page: DocPage, includes: IncludeResolver): { permissions?: Permissions; diagnostics: DocDiagnostic[] } {
  const own = page.tables.find(isPermissionsTable);
  if (own) return parsePermissions(own, page.file);
  const include = permissionsInclude(page);
  if (!include) return { diagnostics: [] };
  const at = { file: page.file, line: include.line };
  const found = includes.resolve(page, include);
  if (!found.page) {
    const where = found.outside ? 'outside the docs folder' : 'not in the docs';
    return { diagnostics: [diagnostic('include-missing', 'warning', `The permissions include \`${include.target}\` (${found.path}) is ${where}; this API's permissions are unknown.`, at)] };
  }
  const table = found.page.tables.find(isPermissionsTable);
  if (!table) {
    return { diagnostics: [diagnostic('include-unreadable', 'warning', `The permissions include \`${include.target}\` (${found.page.file}) holds no \`Permission type\` table; this API's permissions are unknown.`, at, [{ file: found.page.file, line: 1 }])] };
  }
  return parsePermissions(table, found.page.file);
}
