import type { DocDiagnostic, DocPage, SourceRef, Table } from '../docs/types.js';
import { diagnostic } from './diagnostic.js';
import { plainText } from './markdown.js';
import type { EnumType } from './types.js';
import { fitted } from '../util/fitted.js';

const VALUES_HEADING = /^([A-Za-z_][\w.]*)\s+values$/i;
const ENUM_TITLE = /^([A-Za-z_][\w.]*)\s+enum\b/i;
const MEMBER = /^[A-Za-z_][\w.-]*$/;
const GRAPH_NAMESPACE = /^microsoft\.graph\./i;
const NAMESPACE = /^Namespace:\s*microsoft\.graph\.([\w.]+)/i;
const ENUMS_PAGE = /^enums(?:-[\w-]+)?$/i;

/** Builds an EnumType; `evolvableFrom` marks `unknownFutureValue`. */
export function enumType(name: string, members: string[], source: EnumType['source']): EnumType {
  const at = members.indexOf('unknownFutureValue');
  const kept = fitted(members);
  return at >= 0 ? { name, members: kept, evolvableFrom: at, source } : { name, members: kept, source };
}

function isMemberTable(table: Table): boolean {
  return /^(member|name|value)s?$/i.test(plainText(table.header[0] ?? ''));
}

/**
 * The members of a Member table, in order. A row that names no member, or one already listed, is
 * reported at its line rather than dropped silently: a table that runs on into something else
 * (prose, another table) shows up as a burst of these.
 */
function members(table: Table, file: string, enumName: string, out: DocDiagnostic[]): string[] {
  const found: string[] = [];
  for (const row of table.rows) {
    const cell = plainText(row.cells[0] ?? '');
    const source = { file, line: row.line };
    if (!MEMBER.test(cell)) {
      if (row.cells.some((c) => c !== '')) out.push(diagnostic('enum-member-unreadable', 'warning', `Row of the ${enumName} member table names no member ("${cell}"); left out.`, source));
    } else if (found.includes(cell)) {
      out.push(diagnostic('enum-member-duplicate', 'warning', `Member \`${cell}\` of ${enumName} is listed twice; the first is kept.`, source));
    } else found.push(cell);
  }
  return found;
}

/** `Namespace: microsoft.graph.callRecords` → `callRecords.`; empty for the default namespace. */
function namespace(page: DocPage): string {
  const line = page.prose.find((p) => p.text.startsWith('Namespace:'));
  const m = line ? NAMESPACE.exec(line.text) : null;
  return m?.[1] ? `${m[1]}.` : '';
}

/**
 * The enum an "xxx enum type" page defines, from its title or, when the front matter title is
 * something else (`title: "Members"`), its H1.
 */
function enumTitle(page: DocPage): string | undefined {
  const h1 = page.sections.find((s) => s.level === 1)?.title ?? '';
  const name = ENUM_TITLE.exec(page.title.trim())?.[1] ?? ENUM_TITLE.exec(h1.trim())?.[1];
  return name?.replace(GRAPH_NAMESPACE, '');
}

/** True for pages that define enums: `doc_type: enumPageType`, `resources/enums*.md`, or an "xxx enum type" title. */
export function isEnumPage(page: DocPage): boolean {
  return page.frontMatter['doc_type'] === 'enumPageType' || ENUMS_PAGE.test(page.id) || enumTitle(page) !== undefined;
}

/**
 * Enums a page defines: each "### xxx values" section's Member table (shared `enums*.md` pages,
 * and resource pages that document their enums inline), else, on an enum page, its own Members
 * table ("xxx enum type" pages). A "values" heading without a Member table is reported.
 * `enumPage` is `isEnumPage(page)`, when the caller knows it already.
 */
export function buildEnums(page: DocPage, enumPage = isEnumPage(page)): { enums: EnumType[]; diagnostics: DocDiagnostic[] } {
  const enums: EnumType[] = [];
  const diagnostics: DocDiagnostic[] = [];
  for (let i = 0; i < page.sections.length; i++) {
    const s = page.sections[i]!;
    // Level 2 and below: `# Enum values` is the enums page's title, not a section.
    const name = s.level >= 2 ? VALUES_HEADING.exec(s.title.trim())?.[1] : undefined;
    if (!name) continue;
    const table = page.tables.find((t) => t.section === i && isMemberTable(t));
    if (table) addEnum(enums, page, name, table, { file: page.file, line: s.line }, diagnostics);
    else diagnostics.push(diagnostic('enum-table-missing', 'warning', `Section "${s.title.trim()}" has no Member table; ${name} gets no members from it.`, { file: page.file, line: s.line }));
  }
  if (enums.length > 0 || !enumPage) return { enums, diagnostics };
  const title = enumTitle(page);
  const table = page.tables.find(isMemberTable);
  if (title && table) addEnum(enums, page, title, table, { file: page.file, line: table.line }, diagnostics);
  return { enums, diagnostics };
}

/** Adds the enum a Member table lists, named in the page's namespace; a table without members adds none. */
function addEnum(enums: EnumType[], page: DocPage, name: string, table: Table, source: SourceRef, diagnostics: DocDiagnostic[]): void {
  const listed = members(table, page.file, name, diagnostics);
  if (listed.length > 0) enums.push(enumType(namespace(page) + name, listed, source));
}
