import { isSpace } from './lines.js';
import { FENCE_LANGS, TEMPLATE_HEADINGS } from './vocabulary.js';

// The line forms the parser reads, each by hand as the regex in its comment matches it: on the
// page text between two offsets (a line `[from, to)`), so that a heading, a fence or a tab marker
// costs no string for its line and no match array, only the strings the page keeps.

/**
 * An ATX heading, as `^ {0,3}(#{1,6})(?:[ \t]+(.*))?$` matches the line. Returns
 * `level + 8 * start` (`start`: where its text begins, relative to `from`), or -1 when the line
 * is no heading.
 */
export function atxHeading(text: string, from = 0, to = text.length): number {
  let i = from;
  while (i < to && text.charCodeAt(i) === 0x20) i++;
  if (i - from > 3) return -1;
  let j = i;
  while (j < to && text.charCodeAt(j) === 0x23) j++;
  const level = j - i;
  if (level < 1 || level > 6) return -1;
  if (j === to) return level + 8 * (j - from);
  if (text.charCodeAt(j) !== 0x20 && text.charCodeAt(j) !== 0x09) return -1;
  while (j < to && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09)) j++;
  // The text runs to the end of the line, or the regex does not match at all: `.` stops at the
  // line terminators other than `\n` (a line holds no `\n`).
  for (let k = j; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x0d || c === 0x2028 || c === 0x2029) return -1;
  }
  return level + 8 * (j - from);
}

/**
 * A heading's text from `from` to `to` without the optional closing `#`s (CommonMark: a run of
 * `#` after a space, or the whole text). Trimmed by hand: the regex it replaces backtracked
 * quadratically on long runs of spaces or `#` (a 20 MB heading line took minutes).
 */
export function headingText(text: string, from: number, to: number): string {
  let end = to;
  while (end > from && isBlank(text.charCodeAt(end - 1))) end--;
  let hashes = end;
  while (hashes > from && text.charCodeAt(hashes - 1) === 0x23) hashes--;
  if (hashes < end && (hashes === from || isBlank(text.charCodeAt(hashes - 1)))) end = hashes;
  while (end > from && isBlank(text.charCodeAt(end - 1))) end--;
  return TEMPLATE_HEADINGS.spelled(text, from, end) ?? text.slice(from, end);
}

/** A space or a tab. */
function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

/**
 * The label of a tab marker heading (`# [HTTP](#tab/http)`), as
 * `^ {0,3}#{1,6}[ \t]*\[([^\]]*)\]\(#tab\/([^)]*)\)` matches the line; undefined for any other line.
 */
export function tabLabel(text: string, from = 0, to = text.length): string | undefined {
  let k = from;
  while (k < to && text.charCodeAt(k) === 0x20) k++;
  if (k - from > 3) return undefined;
  const hashes = k;
  while (k < to && text.charCodeAt(k) === 0x23) k++;
  if (k === hashes || k - hashes > 6) return undefined;
  while (k < to && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x09)) k++;
  if (k === to || text.charCodeAt(k) !== 0x5b /* [ */) return undefined;
  const label = k + 1;
  let close = label;
  while (close < to && text.charCodeAt(close) !== 0x5d /* ] */) close++;
  if (!text.startsWith('](#tab/', close)) return undefined; // never past the line: `](#tab/` holds no `\n`
  for (let p = close + 7; p < to; p++) if (text.charCodeAt(p) === 0x29 /* ) */) return text.slice(label, close);
  return undefined;
}

/** An opening code fence: its indent, fence character and run length, and info string (lower-cased). */
export interface Fence {
  indent: number;
  mark: number;
  length: number;
  lang: string;
}

/** An opening fence, as `^( {0,3}|\t?)(`{3,}|~{3,})[ \t]*([^`\s]*)` matches the line; undefined when it opens none. */
export function openingFence(text: string, from = 0, to = text.length): Fence | undefined {
  let k = from;
  while (k < to && text.charCodeAt(k) === 0x20) k++;
  if (k - from > 3) return undefined;
  if (k === from && text.charCodeAt(k) === 0x09) k++;
  const indent = k - from;
  const mark = k < to ? text.charCodeAt(k) : -1;
  if (mark !== 0x60 && mark !== 0x7e) return undefined;
  while (k < to && text.charCodeAt(k) === mark) k++;
  const length = k - from - indent;
  if (length < 3) return undefined;
  while (k < to && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x09)) k++;
  let end = k;
  while (end < to && text.charCodeAt(end) !== 0x60 && !isSpace(text.charCodeAt(end))) end++;
  return { indent, mark, length, lang: FENCE_LANGS.spelled(text, k, end) ?? text.slice(k, end).toLowerCase() };
}

/**
 * True when the line `[from, to)` closes `fence`: only its character, at least as many, and
 * whitespace (`^\s*(`{3,})\s*$`).
 */
export function closes(text: string, from: number, to: number, fence: Fence): boolean {
  while (from < to && isSpace(text.charCodeAt(from))) from++;
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  const run = to - from;
  if (run < 3 || run < fence.length) return false;
  for (let k = from; k < to; k++) if (text.charCodeAt(k) !== fence.mark) return false;
  return true;
}
