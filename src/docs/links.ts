import type { Include, Link } from './types.js';

// Link text and target stop at the next bracket or parenthesis: one link per `[`, so a line of a
// million `[a](` costs one pass, not one pass per `[` (no catastrophic backtracking).
const LINK = /(!?)\[([^\][]*)\]\(([^)(\s[\]]*)(?:\s+"[^"]*")?\)/g;
const INCLUDE = /\[!INCLUDE\s*\[([^\][]*)\]\(([^)(]*)\)\s*\]/gi;

/**
 * Markdown inline links `[text](target)` in one line (images excluded), added to `into`. The
 * parser calls this for every table row and prose line, most of which have no link: no array is
 * made for them, and the regexes are shared (reset first) rather than cloned as `matchAll` does.
 */
export function addLinks(text: string, line: number, into: Link[]): void {
  if (!text.includes('](')) return;
  const rest = text.includes('[!') ? text.replace(INCLUDE, '') : text;
  LINK.lastIndex = 0;
  for (let m = LINK.exec(rest); m; m = LINK.exec(rest)) {
    if (m[1] !== '!') into.push({ text: m[2] ?? '', target: m[3] ?? '', line });
  }
}

/** `[!INCLUDE [name](path)]` references in one line, added to `into` (see `addLinks`); returns how many. */
export function addIncludes(text: string, line: number, section: number, into: Include[]): number {
  if (!text.includes('[!')) return 0; // the regex decides, in any letter case (`[!Include`)
  const before = into.length;
  INCLUDE.lastIndex = 0;
  for (let m = INCLUDE.exec(text); m; m = INCLUDE.exec(text)) into.push({ text: m[1] ?? '', target: (m[2] ?? '').trim(), line, section });
  return into.length - before;
}
