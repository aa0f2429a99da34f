import type { Link } from './types.js';

const LINK = /(!?)\[([^\]]*)\]\(([^)\s]*)(?:\s+"[^"]*")?\)/g;
const INCLUDE = /\[!INCLUDE\s*\[([^\]]*)\]\(([^)]*)\)\s*\]/gi;

/** Markdown inline links `[text](target)` in one line (images excluded). */
export function findLinks(text: string, line: number): Link[] {
  if (!text.includes('](')) return [];
  const links: Link[] = [];
  // Runs for every table row and prose line: the include strip only when there can be one, and
  // `exec` on the shared regex (reset first) rather than `matchAll`, which clones it per call.
  const rest = text.includes('[!') ? text.replace(INCLUDE, '') : text;
  LINK.lastIndex = 0;
  for (let m = LINK.exec(rest); m; m = LINK.exec(rest)) {
    if (m[1] === '!') continue;
    links.push({ text: m[2] ?? '', target: m[3] ?? '', line });
  }
  return links;
}

/** `[!INCLUDE [name](path)]` references in one line. */
export function findIncludes(text: string, line: number): Link[] {
  if (!text.includes('!INCLUDE') && !text.includes('!include')) return [];
  const includes: Link[] = [];
  INCLUDE.lastIndex = 0;
  for (let m = INCLUDE.exec(text); m; m = INCLUDE.exec(text)) includes.push({ text: m[1] ?? '', target: m[2] ?? '', line });
  return includes;
}
