/**
 * Inline markdown as it occurs in table cells and prose of Graph reference pages. Hand-written
 * because only these few constructs matter and a full inline parser would cost a lot per cell.
 */
import { distinct } from './distinct.js';

// Text and target stop at the next bracket or parenthesis, so matching stays linear on any line.
const LINK_SOURCE = /\[([^\][]*)\]\(([^)(\s]*)[^)(]*\)/.source;
/** Non-global: `exec` keeps no state between calls. */
const LINK = new RegExp(LINK_SOURCE);
/**
 * Global, for `exec` loops that set `lastIndex` to 0 first (a loop may stop early and leave it
 * elsewhere). Loops, not `matchAll`: no iterator and result objects on top of the match arrays.
 */
const LINKS = new RegExp(LINK_SOURCE, 'g');

const EMPHASIS = /[*`]/g;
const RESOURCES_FOLDER = /resources\//i;
const PAGE_ID = /([^/?#]+?)(?:\.md)?(?:[?#].*)?$/i;

/** Anything plainText would change; most cells have none, and this one test is all they cost. */
const MARKUP = /[[<*`\\\t\n]|\s\s/;

/** Every inline construct plainText rewrites, in one pass: link, `<br>`, other tag, emphasis, `\_`, spaces. */
const INLINE = /\[([^\][]*)\]\([^)(]*\)|(<br\s*\/?>)|<\/?[a-z][^><]*>|[*`]+|\\(_)|(\s{2,}|[\t\n])/gi;

function inline(_m: string, link: string | undefined, br: string | undefined, underscore: string | undefined, space: string | undefined): string {
  return link ?? (br || space ? ' ' : (underscore ?? ''));
}

/** What only `INLINE` handles: tags, and spaces it collapses. Nearly all marked-up cells have none. */
const TAGS_OR_SPACES = /[<\t\n]|\s\s/;
/** `INLINE` for text without tags and space runs: links, emphasis and `\_`, replaced by `$1$2`. */
const LINKS_AND_EMPHASIS = /\[([^\][]*)\]\([^)(]*\)|[*`]+|\\(_)/g;

/** Cell text without links (their text kept), emphasis, backticks and `<br>` tags. */
export function plainText(md: string): string {
  const trimmed = md.trim();
  if (!MARKUP.test(trimmed)) return trimmed;
  // A replacement string costs the engine only the result; a replacer function costs match,
  // capture and argument objects per match too (plainText was the model's largest allocation).
  if (!TAGS_OR_SPACES.test(trimmed)) return trimmed.replace(LINKS_AND_EMPHASIS, '$1$2').trim();
  return trimmed.replace(INLINE, inline).trim();
}

/** The first markdown link in `md`, if any. */
export function firstLink(md: string): { text: string; target: string } | undefined {
  if (md.indexOf('](') < 0) return undefined;
  const m = LINK.exec(md);
  return m ? { text: (m[1] ?? '').replace(EMPHASIS, '').trim(), target: m[2] ?? '' } : undefined;
}

/** The first link to a resource page (`../resources/x.md`, `/graph/api/resources/x`), with its offset in `md`. */
export function firstResourceLink(md: string): { text: string; target: string; index: number } | undefined {
  if (md.indexOf('](') < 0) return undefined;
  LINKS.lastIndex = 0;
  for (let m = LINKS.exec(md); m; m = LINKS.exec(md)) {
    if (RESOURCES_FOLDER.test(m[2] ?? '')) return { text: (m[1] ?? '').replace(EMPHASIS, '').trim(), target: m[2] ?? '', index: m.index };
  }
  return undefined;
}

/** Page ids of every resource page `md` links, in order, without repeats. */
export function resourcePageIds(md: string): string[] {
  if (md.indexOf('](') < 0) return [];
  const ids: string[] = [];
  LINKS.lastIndex = 0;
  for (let m = LINKS.exec(md); m; m = LINKS.exec(md)) {
    const id = RESOURCES_FOLDER.test(m[2] ?? '') ? linkedPageId(m[2] ?? '') : undefined;
    if (id !== undefined) ids.push(id);
  }
  return ids.length > 1 ? distinct(ids) : ids;
}

/** The page id a link points at: `../resources/user.md#x` → `user`; undefined for other links. */
export function linkedPageId(target: string): string | undefined {
  const m = PAGE_ID.exec(target);
  return m?.[1]?.toLowerCase();
}
