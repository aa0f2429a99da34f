import type { DocPage, Table } from '../../../docs/types.js';
import { sectionIndex, within } from './finding.js';

/**
 * The permission tables of a page: `Permission type | Permissions` anywhere (Intune pages put it
 * under "Prerequisites"), or, inside a Permissions/Prerequisites section, the transposed form
 * `Supported resource | Delegated (work or school account) | … | Application`.
 */
export function permissionTables(page: DocPage): Table[] {
  const section = sectionIndex(page, /^(permissions|prerequisites)$/i);
  return page.tables.filter((t) => {
    const header = t.header.map((h) => h.replace(/[*_`]/g, '').trim());
    if (/^permission types?$/i.test(header[0] ?? '')) return true;
    return section >= 0 && within(page, t.section, section) && header.some((h) => /^(delegated|application)/i.test(h));
  });
}
