import { isSpace, trimmedSlice } from './lines.js';
import type { ScratchList } from './scratchList.js';
import type { Include, Link } from './types.js';
import { TEMPLATE_INCLUDES } from './vocabulary.js';

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

/**
 * Where a page's links are: `start, line` per line (table row or prose line) that holds `](`, in
 * the order the parser met them, `start` an offset into the page text. The line's end is the next
 * line break: not kept, as some 80,000 numbers over the reference would be.
 */
export type LinkSpans = number[];

/**
 * Notes the line from `start` of the page text, which holds `](`, for `linksAt`. Links are read
 * only by lint (broken-resource-link), not by the build: a page keeps these offsets instead of
 * some 60,000 link objects over the whole reference, and reads its links on first use.
 */
export function noteLinkLine(start: number, lineNo: number, into: ScratchList<number>): void {
  into.push(start);
  into.push(lineNo);
}

/** The links of the noted lines of `text` (see `noteLinkLine`), as `addLinks` reads them. */
export function linksAt(text: string, spans: LinkSpans): Link[] {
  const links: Link[] = [];
  for (let k = 0; k + 1 < spans.length; k += 2) {
    const start = spans[k]!;
    const end = text.indexOf('\n', start);
    addLinks(text.slice(start, end < 0 ? text.length : end), spans[k + 1]!, links);
  }
  return links;
}

/** What a page's links are read from until they are first asked for. */
const unread = new WeakMap<object, { text: string; spans: LinkSpans }>();

/**
 * One getter and setter for every page (a closure per page would give each page a hidden class of
 * its own): the first read replaces the accessor by a plain array, so copies, JSON and the v8
 * serializer of the build cache see `links` as any other property.
 */
const LAZY_LINKS: PropertyDescriptor = {
  get(this: { links: Link[] }): Link[] {
    const from = unread.get(this);
    unread.delete(this);
    return (this.links = from ? linksAt(from.text, from.spans) : []);
  },
  set(this: object, value: Link[]): void {
    unread.delete(this);
    Object.defineProperty(this, 'links', { value, writable: true, enumerable: true, configurable: true });
  },
  enumerable: true,
  configurable: true,
};

/** Gives `page` a `links` property read from `text` at the noted `spans` (taken, leaving it empty) on first use. */
export function defineLinks(page: object, text: string, spans: ScratchList<number>): void {
  Object.defineProperty(page, 'links', LAZY_LINKS);
  if (spans.length > 0) unread.set(page, { text, spans: spans.take() });
}

/**
 * `[!INCLUDE [name](path)]` references in the line `text[from, to)`, added to `into`; returns how
 * many. Read by hand as the global INCLUDE regex finds them, one after the other, but without a
 * match array and two capture strings per include (22,000 over the reference) of which only the two
 * trimmed pieces stay; and in the page text itself, which is read faster than a slice of it.
 */
export function addIncludes(text: string, line: number, section: number, into: { readonly length: number; push(include: Include): void }, from = 0, to = text.length): number {
  const before = into.length;
  for (let at = text.indexOf('[!', from); at >= 0 && at < to; at = text.indexOf('[!', from)) {
    from = at + 1;
    // `INCLUDE` in any letter case (ASCII only, as a regex without the `u` flag folds it).
    let k = at + 2;
    for (let c = 0; c < 7 && k < to; c++, k++) if ((text.charCodeAt(k) | 0x20) !== 'include'.charCodeAt(c)) break;
    if (k - at !== 9) continue;
    while (k < to && isSpace(text.charCodeAt(k))) k++;
    if (k === to || text.charCodeAt(k) !== 0x5b /* [ */) continue;
    const name = ++k;
    while (k < to && text.charCodeAt(k) !== 0x5b && text.charCodeAt(k) !== 0x5d) k++;
    if (k + 1 >= to || text.charCodeAt(k) !== 0x5d /* ] */ || text.charCodeAt(k + 1) !== 0x28 /* ( */) continue;
    const nameEnd = k;
    const target = (k += 2);
    while (k < to && text.charCodeAt(k) !== 0x28 && text.charCodeAt(k) !== 0x29) k++;
    if (k === to || text.charCodeAt(k) !== 0x29 /* ) */) continue;
    const targetEnd = k++;
    while (k < to && isSpace(text.charCodeAt(k))) k++;
    if (k === to || text.charCodeAt(k) !== 0x5d /* ] */) continue;
    const includeName = TEMPLATE_INCLUDES.spelled(text, name, nameEnd) ?? text.slice(name, nameEnd);
    into.push({ text: includeName, target: trimmedSlice(text, target, targetEnd, TEMPLATE_INCLUDES), line, section });
    from = k + 1;
  }
  return into.length - before;
}
