import { parseAnnotation } from './annotation.js';
import { classifyPage } from './classify.js';
import { readFrontMatter } from './frontmatter.js';
import { BLANK, Lines } from './lines.js';
import { addIncludes, defineLinks, noteLinkLine } from './links.js';
import { ScratchList } from './scratchList.js';
import { isDelimiterRow, splitRow } from './tables.js';
import type { Annotation, CodeBlock, DocDiagnostic, DocFile, DocPage, Include, ProseLine, Section, Table, TableRow } from './types.js';
import { append } from '../util/append.js';
import { fitted } from '../util/fitted.js';

/** Largest annotation comment read: real ones are a few hundred bytes; a huge one is a broken page. */
const MAX_ANNOTATION = 64 * 1024;
const TAB = /^ {0,3}#{1,6}[ \t]*\[([^\]]*)\]\(#tab\/([^)]*)\)/;

// Each page's items are gathered here, then taken as arrays of their exact size (see ScratchList).
const sections = new ScratchList<Section>();
const blocks = new ScratchList<CodeBlock>();
const tables = new ScratchList<Table>();
const rows = new ScratchList<TableRow>();
const prose = new ScratchList<ProseLine>();
const includes = new ScratchList<Include>();
/** `start, end, line` of each line that may hold a link (see `noteLinkLine`). */
const linkSpans = new ScratchList<number>();

/** A pending annotation waits for the fence it belongs to. */
interface Pending {
  annotation: Annotation;
  blockType?: string;
}

/**
 * Parses one page in a single pass over its lines. Hand-written for the Graph docs dialect
 * (annotation comments, tab groups, includes) and for speed: a general markdown AST costs
 * many times more over the 7,948-page reference and still leaves the dialect to us.
 */
export function parseDoc({ file, text, version }: DocFile): DocPage {
  // Offsets, not a string per line: fence bodies (most of a page) are never split.
  const lines = new Lines(text);
  const front = readFrontMatter(lines, file);
  const diagnostics = front.diagnostics;
  let section = -1;
  let tab: string | undefined;
  let pending: Pending | undefined;
  let h1: string | undefined;

  for (let i = front.lines; i < lines.count; i++) {
    if (lines.firstNonBlank(i) === BLANK) continue;
    const line = lines.at(i);
    const lineNo = i + 1;
    const trimmed = line.trim();
    if (trimmed === '') continue;
    const first = trimmed.charCodeAt(0);

    if (first === 0x60 /* ` */ || first === 0x7e /* ~ */) {
      const fence = openingFence(line);
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

    if (first === 0x3c /* < */ && trimmed.startsWith('<!--')) {
      const { end, content, tight } = readComment(lines, i);
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
          pending = { annotation: parsed.annotation, ...(blockType ? { blockType } : {}) };
        }
      }
      i = end;
      continue;
    }

    if (first === 0x23 /* # */) {
      const tabMatch = TAB.exec(line);
      if (tabMatch) {
        tab = tabMatch[1];
        continue;
      }
      const heading = atxHeading(line);
      if (heading >= 0) {
        const level = heading & 7;
        const title = headingText(line, heading >> 3);
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

    if (tab !== undefined && /^-{3,}$/.test(trimmed)) {
      tab = undefined;
      continue;
    }

    if (line.includes('|') && i + 1 < lines.count && isDelimiterRow(lines.at(i + 1))) {
      const header = splitRow(line);
      let j = i + 2;
      for (; j < lines.count; j++) {
        const row = lines.at(j);
        if (!row.includes('|')) break; // a blank line has no pipe either
        rows.push({ cells: splitRow(row), line: j + 1 });
        noteLinkLine(row, lines.start(j), lines.end(j), j + 1, linkSpans);
      }
      noteLinkLine(line, lines.start(i), lines.end(i), lineNo, linkSpans);
      tables.push({ header, rows: rows.take(), line: lineNo, section });
      // A `permissions` annotation may stand before the table itself instead of its include.
      if (pending?.blockType !== 'permissions') dropPending(pending, diagnostics, file);
      pending = undefined;
      i = j - 1;
      continue;
    }

    const included = addIncludes(trimmed, lineNo, section, includes);
    noteLinkLine(line, lines.start(i), lines.end(i), lineNo, linkSpans);
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
  const kind = classifyPage({ file, frontMatter: front.data, title: fmTitle, h1, blocks: pageBlocks, headings: pageSections.map((s) => s.title) });
  // Property order as declared by DocPage: `links` is an accessor between `prose` and `includes`.
  const page = { file, id, kind, frontMatter: front.data, title: fmTitle ?? h1 ?? id, sections: pageSections, blocks: pageBlocks, tables: tables.take(), prose: prose.take() } as DocPage;
  defineLinks(page, lines.text, linkSpans);
  page.includes = includes.take();
  page.diagnostics = fitted(diagnostics);
  if (version) page.version = version;
  return page;
}

/** Line terminators other than `\n`, where the `.` of a regex stops. */
const LINE_BREAK = /[\r\u2028\u2029]/;

/**
 * An ATX heading, as `^ {0,3}(#{1,6})(?:[ \t]+(.*))?$` matches it, read by hand: a match and two
 * strings per heading add up over the reference. Returns `level + 8 * start` (`start`: where its
 * text begins), or -1 when `line` is no heading.
 */
export function atxHeading(line: string): number {
  let i = 0;
  while (i < line.length && line.charCodeAt(i) === 0x20) i++;
  if (i > 3) return -1;
  let j = i;
  while (j < line.length && line.charCodeAt(j) === 0x23) j++;
  const level = j - i;
  if (level < 1 || level > 6) return -1;
  if (j === line.length) return level + 8 * j;
  if (line.charCodeAt(j) !== 0x20 && line.charCodeAt(j) !== 0x09) return -1;
  while (j < line.length && (line.charCodeAt(j) === 0x20 || line.charCodeAt(j) === 0x09)) j++;
  // The text runs to the end of the line or the regex does not match at all.
  return LINE_BREAK.test(line) ? -1 : level + 8 * j;
}

/**
 * A heading's text from `from` without the optional closing `#`s (CommonMark: a run of `#` after
 * a space, or the whole text). Trimmed by hand: the regex it replaces backtracked quadratically on
 * long runs of spaces or `#` (a 20 MB heading line took minutes).
 */
function headingText(line: string, from: number): string {
  let end = line.length;
  while (end > from && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  let hashes = end;
  while (hashes > from && line[hashes - 1] === '#') hashes--;
  if (hashes < end && (hashes === from || line[hashes - 1] === ' ' || line[hashes - 1] === '\t')) end = hashes;
  while (end > from && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  return line.slice(from, end);
}

/** An opening code fence: its indent, fence character and run length, and info string (lower-cased). */
export interface Fence {
  indent: number;
  mark: number;
  length: number;
  lang: string;
}

/** Where a fence's info word ends: a backtick or any whitespace (`\s`). */
const INFO_END = /[`\s]/g;

/**
 * An opening fence, as `^( {0,3}|\t?)(`{3,}|~{3,})[ \t]*([^`\s]*)` matches it, read by hand
 * (see `atxHeading`); undefined when `line` opens none.
 */
export function openingFence(line: string): Fence | undefined {
  let indent = 0;
  while (indent < line.length && line.charCodeAt(indent) === 0x20) indent++;
  if (indent > 3) return undefined;
  if (indent === 0 && line.charCodeAt(0) === 0x09) indent = 1;
  const mark = line.charCodeAt(indent);
  if (mark !== 0x60 && mark !== 0x7e) return undefined;
  let k = indent;
  while (k < line.length && line.charCodeAt(k) === mark) k++;
  const length = k - indent;
  if (length < 3) return undefined;
  while (k < line.length && (line.charCodeAt(k) === 0x20 || line.charCodeAt(k) === 0x09)) k++;
  INFO_END.lastIndex = k;
  const end = INFO_END.test(line) ? INFO_END.lastIndex - 1 : line.length;
  return { indent, mark, length, lang: line.slice(k, end).toLowerCase() };
}

/** True when `line` closes `fence`: only its character, at least as many, and whitespace (`^\s*(`{3,})\s*$`). */
function closes(line: string, fence: Fence): boolean {
  const run = line.trim();
  if (run.length < 3 || run.length < fence.length) return false;
  for (let k = 0; k < run.length; k++) if (run.charCodeAt(k) !== fence.mark) return false;
  return true;
}

/** Index of the line that closes the fence opened at `start` (or `lines.count`). */
function closingFence(lines: Lines, start: number, fence: Fence): number {
  for (let j = start + 1; j < lines.count; j++) {
    // Only a line whose first non-blank is the fence mark can close it; body lines (most of a
    // page) are neither sliced nor read. Unusual whitespace still goes to `closes`, which decides.
    const c = lines.firstNonBlank(j);
    if (c !== fence.mark && (c === BLANK || (c > 0x20 && c < 0x7f))) continue;
    if (closes(lines.at(j), fence)) return j;
  }
  return lines.count;
}

/**
 * A fence body, lines `from` to `to` (exclusive), without trailing blank lines; an indented fence
 * loses up to three leading spaces per line. Unindented (nearly all): one slice of the page.
 */
function blockText(lines: Lines, from: number, to: number, indent: number): string {
  let last = to;
  while (last > from && lines.at(last - 1).trim() === '') last--;
  if (indent === 0) return lines.join(from, last);
  const body: string[] = [];
  for (let k = from; k < last; k++) body.push(lines.at(k).replace(/^ {0,3}/, ''));
  return body.join('\n');
}

/**
 * An HTML comment from `start`: its inner text and the index of its last line. One slice of the
 * page text: `-->` holds no line break, so searching the text finds what searching line by line does.
 */
function readComment(lines: Lines, start: number): { end: number; content: string; tight: boolean } {
  const { text } = lines;
  const from = lines.start(start) + lines.at(start).indexOf('<!--') + 4;
  const close = text.indexOf('-->', from);
  if (close < 0) return { end: lines.count - 1, content: text.slice(from).trim(), tight: false };
  let end = start;
  while (lines.end(end) < close) end++;
  return { end, content: text.slice(from, close).trim(), tight: close > lines.start(end) && text[close - 1] === '}' };
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

function pageId(file: string): string {
  const base = file.slice(file.lastIndexOf('/') + 1);
  return base.toLowerCase().endsWith('.md') ? base.slice(0, -3) : base;
}
