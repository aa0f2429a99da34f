import type { Link } from './types.js';

const LINK = /(!?)\[([^\]]*)\]\(([^)\s]*)(?:\s+"[^"]*")?\)/g;
const INCLUDE = /\[!INCLUDE\s*\[([^\]]*)\]\(([^)]*)\)\s*\]/gi;

/** Markdown inline links `[text](target)` in one line (images excluded). */
export function findLinks(text: string, line: number): Link[] {
  if (!text.includes('](')) return [];
  const links: Link[] = [];
  for (const m of text.replace(INCLUDE, '').matchAll(LINK)) {
    if (m[1] === '!') continue;
    links.push({ text: m[2] ?? '', target: m[3] ?? '', line });
  }
  return links;
}

/** `[!INCLUDE [name](path)]` references in one line. */
export function findIncludes(text: string, line: number): Link[] {
  if (!text.includes('!INCLUDE') && !text.includes('!include')) return [];
  return [...text.matchAll(INCLUDE)].map((m) => ({ text: m[1] ?? '', target: m[2] ?? '', line }));
}
