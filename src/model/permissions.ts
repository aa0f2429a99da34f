import type { DocDiagnostic, Table } from '../docs/types.js';
import { diagnostic } from './diagnostic.js';
import { distinct } from './distinct.js';
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

const DELEGATED = /^delegated/i;
const PERSONAL = /personal/i;
const APPLICATION = /^application/i;
const PERMISSION_TYPE = /^permission type$/i;

/** The permission type a row label names (tested, not lower-cased: this runs for every row). */
function kindOf(label: string): Kind | undefined {
  if (DELEGATED.test(label)) return PERSONAL.test(label) ? 'delegatedPersonal' : 'delegatedWork';
  return APPLICATION.test(label) ? 'application' : undefined;
}

/** The rows of one permission type: the first naming it, with the cells of it and of unlabelled rows after it. */
interface RowGroup {
  kind: Kind;
  line: number;
  label: string;
  texts: string[];
}

/** Never added to: a type's texts are replaced by a new array as they grow. */
const NO_TEXTS: string[] = [];

/** The scopes the texts name, first occurrence kept (TODO texts name none). */
function scopesOf(texts: string[]): string[] {
  let scopes: string[] = [];
  for (const text of texts) {
    const found = TODO.test(text) ? null : text.match(SCOPE);
    if (found && scopes.length === 0) scopes = found;
    else if (found) append(scopes, found);
  }
  return distinct(scopes);
}

/** True for the Permissions table: header `Permission type | Permissions …`. */
export function isPermissionsTable(table: Table): boolean {
  return table.header.length >= 2 && PERMISSION_TYPE.test(plainText(table.header[0] ?? ''));
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
  // One entry per permission type, in table order: three at most, so a list searched by a loop.
  const rows: RowGroup[] = [];
  let current: Kind | undefined;
  for (const row of table.rows) {
    const label = plainText(row.cells[0] ?? '');
    const kind = kindOf(label);
    current = kind ?? current;
    if (!current) continue;
    let entry: RowGroup | undefined;
    for (const r of rows) if (r.kind === current) entry = r;
    if (entry && kind) continue;
    if (!entry) rows.push((entry = { kind: current, line: row.line, label, texts: NO_TEXTS }));
    for (let i = 1; i < row.cells.length; i++) {
      const text = plainText(row.cells[i]!);
      // Most types have one cell: a one-item array, where `push` on `[]` would reserve 17 slots.
      if (text === '' || NOT_AVAILABLE.test(text)) continue;
      if (entry.texts.length === 0) entry.texts = [text];
      else entry.texts.push(text);
    }
  }
  const permissions: Permissions = { delegatedWork: [], delegatedPersonal: [], application: [], source: { file, line: table.line } };
  const diagnostics: DocDiagnostic[] = [];
  for (const { kind, line, label, texts } of rows) {
    if (texts.length > 0 && texts.every((c) => NOT_SUPPORTED.test(c))) {
      permissions[kind] = null;
      continue;
    }
    const scopes = scopesOf(texts);
    permissions[kind] = scopes;
    if (scopes.length === 0) {
      const text = texts.join(' | ') || '(empty)';
      diagnostics.push(diagnostic('permissions-not-stated', 'warning', `Permissions for "${label}" are not stated: ${text.slice(0, 80)}.`, { file, line }));
    }
  }
  return { permissions, diagnostics };
}
