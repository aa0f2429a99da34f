/**
 * Inline markdown as it occurs in table cells and prose of Graph reference pages. Hand-written
 * because only these few constructs matter and a full inline parser would cost a lot per cell.
 */

const LINK = /\[([^\]]*)\]\(([^)\s]*)[^)]*\)/g;

/** Anything plainText would change; most cells have none, and this one test is all they cost. */
const MARKUP = /[[<*`\\\t\n]|\s\s/;

/** Cell text without links (their text kept), emphasis, backticks and `<br>` tags. */
export function plainText(md: string): string {
  const trimmed = md.trim();
  if (!MARKUP.test(trimmed)) return trimmed;
  let s = md.indexOf('[') >= 0 ? md.replace(LINK, '$1') : md;
  if (s.indexOf('<') >= 0) s = s.replace(/<br\s*\/?>/gi, ' ').replace(/<\/?[a-z][^>]*>/gi, '');
  return s.replace(/[*`]/g, '').replace(/\\_/g, '_').replace(/\s+/g, ' ').trim();
}

/** The first markdown link in `md`, if any. */
export function firstLink(md: string): { text: string; target: string } | undefined {
  if (md.indexOf('](') < 0) return undefined;
  LINK.lastIndex = 0;
  const m = LINK.exec(md);
  return m ? { text: (m[1] ?? '').replace(/[*`]/g, '').trim(), target: m[2] ?? '' } : undefined;
}

/** The page id a link points at: `../resources/user.md#x` → `user`; undefined for other links. */
export function linkedPageId(target: string): string | undefined {
  const m = /([^/]+)\.md(?:#.*)?$/i.exec(target);
  return m?.[1]?.toLowerCase();
}
