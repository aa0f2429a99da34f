/**
 * Inline markdown as it occurs in table cells and prose of Graph reference pages. Hand-written
 * because only these few constructs matter and a full inline parser would cost a lot per cell.
 */

const LINK = /\[([^\]]*)\]\(([^)\s]*)[^)]*\)/g;

/** Anything plainText would change; most cells have none, and this one test is all they cost. */
const MARKUP = /[[<*`\\\t\n]|\s\s/;

/** Every inline construct plainText rewrites, in one pass: link, `<br>`, other tag, emphasis, `\_`, spaces. */
const INLINE = /\[([^\]]*)\]\([^)]*\)|(<br\s*\/?>)|<\/?[a-z][^>]*>|[*`]+|\\(_)|(\s{2,}|[\t\n])/gi;

function inline(_m: string, link: string | undefined, br: string | undefined, underscore: string | undefined, space: string | undefined): string {
  return link ?? (br || space ? ' ' : (underscore ?? ''));
}

/** Cell text without links (their text kept), emphasis, backticks and `<br>` tags. */
export function plainText(md: string): string {
  const trimmed = md.trim();
  if (!MARKUP.test(trimmed)) return trimmed;
  return trimmed.replace(INLINE, inline).trim();
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
