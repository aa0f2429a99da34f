import type { DocPage } from '../../docs/types.js';
import { ptr, sectionPointer } from '../pointer.js';
import type { LintFinding, LintRule } from '../types.js';
import { finding } from './util/finding.js';
import { permissionTables } from './util/permissionsTable.js';

const TODO = /\bTODO\b/;

/** Doc-generator placeholders (`**TODO: Add Description**`) left in a published page. */
export const todoPlaceholder: LintRule = {
  id: 'todo-placeholder',
  severity: 'warning',
  origin: 'lint',
  description: 'A TODO placeholder is left in a description, table or page metadata (TODO permissions are `permissions-not-stated`): the doc is unfinished.',
  run: ({ pages }) => pages.flatMap(check),
};

function check(page: DocPage): LintFinding[] {
  const out: LintFinding[] = [];
  for (const [key, value] of Object.entries(page.frontMatter)) {
    // The page's line numbers start after the front matter; its opening `---` is line 1.
    if (typeof value === 'string' && TODO.test(value)) out.push(at(page, 1, `front matter "${key}" is a TODO placeholder`, ptr('frontMatter', key)));
  }
  const permissions = new Set(permissionTables(page));
  for (const table of page.tables) {
    // TODO permissions are the model's `permissions-not-stated`: one defect, one finding.
    if (permissions.has(table)) continue;
    for (const row of table.rows) {
      row.cells.forEach((cell, i) => {
        if (!TODO.test(cell)) return;
        const column = table.header[i] ?? String(i);
        out.push(at(page, row.line, `${column} of "${row.cells[0]}" is a TODO placeholder`, ptr('tables', page.sections[table.section]?.title ?? '', row.cells[0] ?? '', column)));
      });
    }
  }
  for (const line of page.prose) {
    if (TODO.test(line.text)) out.push(at(page, line.line, 'TODO placeholder in the page text', sectionPointer(page, line.line)));
  }
  return out;
}

function at(page: DocPage, line: number, message: string, pointer: string): LintFinding {
  return finding(todoPlaceholder, page.file, line, message, pointer);
}
