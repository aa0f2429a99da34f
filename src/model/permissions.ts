import type { DocDiagnostic, Table } from '../docs/types.js';
import { diagnostic } from './diagnostic.js';
import { plainText } from './markdown.js';
import type { Permissions } from './types.js';
import { append } from '../util/append.js';

/** A row (column, in the docs' older form) of a page's Permissions table. */
export type PermissionType = keyof Omit<Permissions, 'source'>;
type Kind = PermissionType;

/** Row names of the Permissions table, as the docs spell them (also in messages about them). */
export const PERMISSION_TYPE_LABEL: Record<PermissionType, string> = {
  application: 'Application',
  delegatedWork: 'Delegated (work or school account)',
  delegatedPersonal: 'Delegated (personal Microsoft account)',
};

const SCOPE = /\b[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)+\b/g;
const TODO = /todo/i;
const NOT_SUPPORTED = /^(?:not supported|not applicable|n\/a|none)\.?$/i;
/** "Not available." in the three-column table's Higher privileged column: no more than the least. */
const NOT_AVAILABLE = /^not available\.?$/i;

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
 * The Permissions table → scopes per permission type. Handles the 2-column form, the 3-column
 * "Least privileged | Higher privileged permissions" form of 2024 on (least privileged first;
 * "Not available." adds nothing), the older 3-column "acting on self | acting on others" form
 * (scopes of both columns, in order), and the Intune
 * form where labelled sub-rows (`&nbsp; **Policy Set** | scope`) follow an empty type row.
 * `Not supported.` → null; TODO text or no scope at all → `[]` and a diagnostic.
 */
export function parsePermissions(table: Table, file: string): { permissions: Permissions; diagnostics: DocDiagnostic[] } {
  const permissions: Permissions = { delegatedWork: [], delegatedPersonal: [], application: [], source: { file, line: table.line } };
  const rows = new Map<Kind, { line: number; label: string; texts: string[] }>();
  let current: Kind | undefined;
  for (const row of table.rows) {
    const label = plainText(row.cells[0] ?? '');
    current = kindOf(label) ?? current;
    if (!current) continue;
    const cells = row.cells.slice(1).map(plainText).filter((c) => c !== '' && !NOT_AVAILABLE.test(c));
    const entry = rows.get(current);
    if (entry && kindOf(label)) continue;
    if (entry) append(entry.texts, cells);
    else rows.set(current, { line: row.line, label, texts: cells });
  }
  const diagnostics: DocDiagnostic[] = [];
  for (const [kind, { line, label, texts }] of rows) {
    if (texts.length > 0 && texts.every((c) => NOT_SUPPORTED.test(c))) {
      permissions[kind] = null;
      continue;
    }
    const scopes = texts.flatMap((c) => (TODO.test(c) ? [] : (c.match(SCOPE) ?? [])));
    permissions[kind] = [...new Set(scopes)];
    if (scopes.length === 0) {
      const text = texts.join(' | ') || '(empty)';
      diagnostics.push(diagnostic('permissions-not-stated', 'warning', `Permissions for "${label}" are not stated: ${text.slice(0, 80)}.`, { file, line }));
    }
  }
  return { permissions, diagnostics };
}
