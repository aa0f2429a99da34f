import type { DocPage, Table } from '../docs/types.js';
import { plainText } from './markdown.js';
import type { EnumType } from './types.js';

const VALUES_HEADING = /^([A-Za-z_][\w.]*)\s+values$/i;
const MEMBER = /^[A-Za-z_][\w.-]*$/;

/** Builds an EnumType; `evolvableFrom` marks `unknownFutureValue`. */
export function enumType(name: string, members: string[], source: EnumType['source']): EnumType {
  const at = members.indexOf('unknownFutureValue');
  return at >= 0 ? { name, members, evolvableFrom: at, source } : { name, members, source };
}

function members(table: Table): string[] {
  if (!/^(member|name|value)s?$/i.test(plainText(table.header[0] ?? ''))) return [];
  return table.rows.map((r) => plainText(r.cells[0] ?? '')).filter((m) => MEMBER.test(m));
}

/** `Namespace: microsoft.graph.callRecords` → `callRecords.`; empty for the default namespace. */
function namespace(page: DocPage): string {
  const line = page.prose.find((p) => p.text.startsWith('Namespace:'));
  const m = line ? /^Namespace:\s*microsoft\.graph\.([\w.]+)/i.exec(line.text) : null;
  return m?.[1] ? `${m[1]}.` : '';
}

/** True for pages that define enums: `doc_type: enumPageType` or `resources/enums*.md`. */
export function isEnumPage(page: DocPage): boolean {
  return page.frontMatter['doc_type'] === 'enumPageType' || /^enums(?:-[\w-]+)?$/i.test(page.id);
}

/**
 * Enums a page defines: each "### xxx values" section's Member table (shared `enums*.md` pages,
 * and resource pages that document their enums inline), else, on an enum page, its own Members
 * table ("xxx enum type" pages).
 */
export function buildEnums(page: DocPage): EnumType[] {
  const out: EnumType[] = [];
  const ns = namespace(page);
  page.sections.forEach((s, i) => {
    const m = VALUES_HEADING.exec(s.title.trim());
    const table = m?.[1] ? page.tables.find((t) => t.section === i) : undefined;
    if (!m?.[1] || !table || members(table).length === 0) return;
    out.push(enumType(ns + m[1], members(table), { file: page.file, line: s.line }));
  });
  if (out.length > 0 || !isEnumPage(page)) return out;
  const title = /^([A-Za-z_][\w.]*)\s+enum/i.exec(page.title.trim())?.[1];
  const table = page.tables.find((t) => members(t).length > 0);
  if (title && table) out.push(enumType(ns + title.replace(/^microsoft\.graph\./i, ''), members(table), { file: page.file, line: table.line }));
  return out;
}
