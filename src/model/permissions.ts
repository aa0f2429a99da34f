import type { DocDiagnostic, Table } from '../docs/types.js';
import { diagnostic } from './diagnostic.js';
import { plainText } from './markdown.js';
import type { Permissions } from './types.js';

type Kind = 'delegatedWork' | 'delegatedPersonal' | 'application';

const SCOPE = /\b[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)+\b/g;
const NOT_SUPPORTED = /^(?:not supported|not applicable|n\/a|none)\.?$/i;

function kindOf(label: string): Kind | undefined {
  const l = label.toLowerCase();
  if (l.startsWith('delegated')) return l.includes('personal') ? 'delegatedPersonal' : 'delegatedWork';
  return l.startsWith('application') ? 'application' : undefined;
}

/** True for the Permissions table: header `Permission type | Permissions …`. */
export function isPermissionsTable(table: Table): boolean {
  return /^permission type$/i.test(plainText(table.header[0] ?? '')) && table.header.length >= 2;
}

/**
 * The Permissions table → scopes per permission type. Handles the 2-column form and the
 * 3-column "acting on self | acting on others" form (scopes of both columns, in order).
 * `Not supported.` → null; TODO text or an empty cell → `[]` and a diagnostic.
 */
export function parsePermissions(table: Table, file: string): { permissions: Permissions; diagnostics: DocDiagnostic[] } {
  const permissions: Permissions = { delegatedWork: [], delegatedPersonal: [], application: [], source: { file, line: table.line } };
  const diagnostics: DocDiagnostic[] = [];
  for (const row of table.rows) {
    const kind = kindOf(plainText(row.cells[0] ?? ''));
    if (!kind) continue;
    const cells = row.cells.slice(1).map(plainText).filter((c) => c !== '');
    const scopes = cells.flatMap((c) => (/todo/i.test(c) ? [] : (c.match(SCOPE) ?? []))).filter((s) => !/^https?/.test(s));
    const unsupported = cells.length > 0 && cells.every((c) => NOT_SUPPORTED.test(c));
    if (unsupported) permissions[kind] = null;
    else {
      permissions[kind] = [...new Set(scopes)];
      if (scopes.length === 0) {
        const text = cells.join(' | ') || '(empty)';
        diagnostics.push(diagnostic('permissions-not-stated', 'warning', `Permissions for "${plainText(row.cells[0] ?? '')}" are not stated: ${text.slice(0, 80)}.`, { file, line: row.line }));
      }
    }
  }
  return { permissions, diagnostics };
}
