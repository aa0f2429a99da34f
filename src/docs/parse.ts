import { parseAnnotation } from './annotation.js';
import { classifyPage } from './classify.js';
import { readFrontMatter } from './frontmatter.js';
import { atxHeading, closes, headingText, openingFence, tabLabel, type Fence } from './lineForms.js';
import { BLANK, Lines, Occurrences, trimmedSlice } from './lines.js';
import { addIncludes, defineLinks, noteLinkLine } from './links.js';
import { ScratchList } from './scratchList.js';
import { isDelimiterRow, splitRow } from './tables.js';
import { TEMPLATE_LINES } from './vocabulary.js';
import type { Annotation, CodeBlock, DocDiagnostic, DocFile, DocPage, Include, ProseLine, Section, Table, TableRow } from './types.js';
import { append } from '../util/append.js';
import { fitted } from '../util/fitted.js';

/** Largest annotation comment read: real ones are a few hundred bytes; a huge one is a broken page. */
const MAX_ANNOTATION = 64 * 1024;

// Each page's items are gathered here, then taken as arrays of their exact size (see ScratchList).
const sections = new ScratchList<Section>();
const blocks = new ScratchList<CodeBlock>();
const tables = new ScratchList<Table>();
const rows = new ScratchList<TableRow>();
const prose = new ScratchList<ProseLine>();
const includes = new ScratchList<Include>();
/** `start, line` of each line that may hold a link (see `noteLinkLine`). */
const linkSpans = new ScratchList<number>();
const LISTS: readonly ScratchList<unknown>[] = [sections, blocks, tables, rows, prose, includes, linkSpans];
// Which lines hold a link, a pipe (a table row goes on), a backslash (an escaped pipe) or an include.
const LINK_AT = new Occurrences('](');
const PIPE_AT = new Occurrences('|');
const BACKSLASH_AT = new Occurrences('\\');
const INCLUDE_AT = new Occurrences('[!');

/** A pending annotation waits for the fence it belongs to. */
interface Pending {
  annotation: Annotation;
  blockType: string | undefined;
}

/**
 * Parses one page in a single pass over its lines. Hand-written for the Graph docs dialect
 * (annotation comments, tab groups, includes) and for speed: a general markdown AST costs
 * many times more over the 7,948-page reference and still leaves the dialect to us.
 */
export function parseDoc({ file, text: pageText, version }: DocFile): DocPage {
  // Empty already, unless the last page ended in an exception: none of its items may join this one.
  for (const list of LISTS) list.clear();
  // Offsets, not a string per line: fence bodies (most of a page) are never split.
  const lines = new Lines(pageText);
  const text = lines.text;
  const linkAt = LINK_AT.over(text);
  const pipeAt = PIPE_AT.over(text);
  const backslashAt = BACKSLASH_AT.over(text);
  const includeAt = INCLUDE_AT.over(text);
  const front = readFrontMatter(lines, file);
  const diagnostics = front.diagnostics;
  let section = -1;
  let tab: string | undefined;
  let pending: Pending | undefined;
  let h1: string | undefined;

  for (let i = front.lines; i < lines.count; i++) {
    // The line as offsets: `from`, `to`, and `start`, `end` without the whitespace `trim` drops.
    // Only what the page keeps is sliced from the text (see lineForms.ts).
    const from = lines.start(i);
    const to = lines.end(i);
    const start = lines.trimStart(i);
    if (start === to) continue;
    const lineNo = i + 1;
    const first = text.charCodeAt(start);

    if (first === 0x60 /* ` */ || first === 0x7e /* ~ */) {
      const fence = openingFence(text, from, to);
      if (fence) {
        const end = closingFence(lines, i, fence);
        const indent = fence.indent;
        if (end >= lines.count) {
          diagnostics.push({ rule: 'fence-unclosed', severity: 'warning', message: 'code block is never closed; it runs to the end of the page', source: { file, line: lineNo } });
        }
        const block: CodeBlock = { lang: fence.lang, line: lineNo, text: blockText(lines, i + 1, end, indent), section };
        if (pending) block.annotation = pending.annotation;
        if (tab !== undefined) block.tab = tab;
        blocks.push(block);
        pending = undefined;
        i = end;
        continue;
      }
    }

    if (first === 0x3c /* < */ && text.startsWith('<!--', start)) {
      const { end, content, tight } = readComment(lines, i, start + 4);
      if (content.startsWith('{') && content.length > MAX_ANNOTATION) {
        diagnostics.push({ rule: 'annotation-malformed', severity: 'warning', message: `annotation comment is ${Math.round(content.length / 1024)} KB, far larger than any annotation; not read`, source: { file, line: lineNo } });
      } else if (content.startsWith('{')) {
        const source = { file, line: lineNo };
        const parsed = parseAnnotation(content, source);
        append(diagnostics, parsed.diagnostics);
        if (tight) {
          diagnostics.push({ rule: 'annotation-close-spacing', severity: 'hint', message: 'annotation ends with `}-->` without a space; some tools miss it', source });
        }
        const value = parsed.annotation.value;
        const isPage = value?.['type'] === '#page.annotation';
        if (!isPage) {
          dropPending(pending, diagnostics, file);
          const blockType = typeof value?.['blockType'] === 'string' ? (value['blockType'] as string) : undefined;
          pending = { annotation: parsed.annotation, blockType };
        }
      }
      i = end;
      continue;
    }

    if (first === 0x23 /* # */) {
      const label = tabLabel(text, from, to);
      if (label !== undefined) {
        tab = label;
        continue;
      }
      const heading = atxHeading(text, from, to);
      if (heading >= 0) {
        const level = heading & 7;
        const title = headingText(text, from + (heading >> 3), to);
        // The enclosing heading is the nearest of the previous heading and its ancestors with a lower level.
        let parent: number | undefined = section < 0 ? undefined : section;
        while (parent !== undefined && sections.at(parent).level >= level) parent = sections.at(parent).parent;
        sections.push(parent === undefined ? { level, title, line: lineNo } : { level, title, line: lineNo, parent });
        section = sections.length - 1;
        if (level === 1 && h1 === undefined) h1 = title;
        tab = undefined;
        dropPending(pending, diagnostics, file);
        pending = undefined;
        continue;
      }
    }

    const end = lines.trimEnd(i);
    if (tab !== undefined && isRule(text, start, end)) {
      tab = undefined;
      continue;
    }

    const trimmed = TEMPLATE_LINES.spelled(text, start, end) ?? text.slice(start, end);
    if (trimmed.includes('|') && i + 1 < lines.count && isDelimiterRow(lines.at(i + 1))) {
      const header = splitRow(text, start, end, backslashAt.within(start, end));
      // Links are noted in page order, the header's after its rows: asked about first, noted last.
      const headerLinks = linkAt.within(from, to);
      let j = i + 2;
      for (; j < lines.count; j++) {
        const rowFrom = lines.start(j);
        const rowTo = lines.end(j);
        if (!pipeAt.within(rowFrom, rowTo)) break; // a blank line has no pipe either
        rows.push({ cells: splitRow(text, rowFrom, rowTo, backslashAt.within(rowFrom, rowTo)), line: j + 1 });
        if (linkAt.within(rowFrom, rowTo)) noteLinkLine(rowFrom, j + 1, linkSpans);
      }
      if (headerLinks) noteLinkLine(from, lineNo, linkSpans);
      tables.push({ header, rows: rows.take(), line: lineNo, section });
      // A `permissions` annotation may stand before the table itself instead of its include.
      if (pending?.blockType !== 'permissions') dropPending(pending, diagnostics, file);
      pending = undefined;
      i = j - 1;
      continue;
    }

    const included = includeAt.within(start, end) ? addIncludes(text, lineNo, section, includes, start, end) : 0;
    if (linkAt.within(from, to)) noteLinkLine(from, lineNo, linkSpans);
    prose.push({ text: trimmed, line: lineNo, section });
    if (pending && included > 0 && (pending.blockType === 'permissions' || pending.blockType === 'ignored')) {
      // `<!-- { "blockType": "permissions", "name": "user_delete" } -->` labels the include after it.
      const include = includes.at(includes.length - included);
      include.annotation = pending.annotation;
      pending = undefined;
    } else if (pending && !/^\[!include/i.test(trimmed)) {
      dropPending(pending, diagnostics, file);
      pending = undefined;
    }
  }
  dropPending(pending, diagnostics, file);

  const id = pageId(file);
  const fmTitle = typeof front.data['title'] === 'string' ? front.data['title'] : undefined;
  const pageSections = sections.take();
  const pageBlocks = blocks.take();
  const kind = classifyPage({ file, frontMatter: front.data, title: fmTitle, h1, blocks: pageBlocks, sections: pageSections });
  // Property order as declared by DocPage: `links` is an accessor between `prose` and `includes`.
  const page = { file, id, kind, frontMatter: front.data, title: fmTitle ?? h1 ?? id, sections: pageSections, blocks: pageBlocks, tables: tables.take(), prose: prose.take() } as DocPage;
  defineLinks(page, lines.text, linkSpans);
  page.includes = includes.take();
  page.diagnostics = fitted(diagnostics);
  if (version) page.version = version;
  return page;
}

/** A thematic break of hyphens only (`^-{3,}$` on the trimmed line), which ends a tab group. */
function isRule(text: string, start: number, end: number): boolean {
  if (end - start < 3) return false;
  for (let k = start; k < end; k++) if (text.charCodeAt(k) !== 0x2d) return false;
  return true;
}

/** Index of the line that closes the fence opened at `start` (or `lines.count`). */
function closingFence(lines: Lines, start: number, fence: Fence): number {
  for (let j = start + 1; j < lines.count; j++) {
    // Only a line whose first non-blank is the fence mark can close it; body lines (most of a
    // page) are neither sliced nor read. Unusual whitespace still goes to `closes`, which decides.
    const c = lines.firstNonBlank(j);
    if (c !== fence.mark && (c === BLANK || (c > 0x20 && c < 0x7f))) continue;
    if (closes(lines.text, lines.start(j), lines.end(j), fence)) return j;
  }
  return lines.count;
}

/**
 * A fence body, lines `from` to `to` (exclusive), without trailing blank lines; an indented fence
 * loses up to three leading spaces per line. Unindented (nearly all): one slice of the page.
 */
function blockText(lines: Lines, from: number, to: number, indent: number): string {
  let last = to;
  while (last > from && lines.trimStart(last - 1) === lines.end(last - 1)) last--;
  if (indent === 0) return lines.join(from, last);
  const body: string[] = [];
  for (let k = from; k < last; k++) body.push(lines.at(k).replace(/^ {0,3}/, ''));
  return body.join('\n');
}

/**
 * An HTML comment opened on line `start`, its text from offset `from` (just past `<!--`): its inner
 * text, trimmed, and the index of its last line. One slice of the page text: `-->` holds no line
 * break, so searching the text finds what searching line by line does.
 */
function readComment(lines: Lines, start: number, from: number): { end: number; content: string; tight: boolean } {
  const { text } = lines;
  const close = text.indexOf('-->', from);
  if (close < 0) return { end: lines.count - 1, content: trimmedSlice(text, from, text.length), tight: false };
  let end = start;
  while (lines.end(end) < close) end++;
  return { end, content: trimmedSlice(text, from, close), tight: close > lines.start(end) && text[close - 1] === '}' };
}

/** An annotation for an example or resource that no code block follows is worth a warning. */
function dropPending(pending: Pending | undefined, diagnostics: DocDiagnostic[], file: string): void {
  if (!pending?.blockType || pending.blockType === 'ignored') return;
  diagnostics.push({
    rule: 'annotation-without-block',
    severity: 'warning',
    message: `\`${pending.blockType}\` annotation is not followed by ${pending.blockType === 'permissions' ? 'an include or a table' : 'a code block'}, so it annotates nothing`,
    source: { file, line: pending.annotation.line },
  });
}

/** The file name without its `.md` (any letter case): one slice of the path. */
function pageId(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1, /\.md$/i.test(file) ? -3 : file.length);
}
