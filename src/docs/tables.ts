/**
 * GitHub-flavoured pipe tables as Graph pages write them, with or without leading and trailing
 * pipes. Hand-written: a general markdown parser costs far more than we can afford over the
 * whole reference (see bench/build.ts), and we only need rows with line numbers.
 */
import { isSpace, trimmedSlice } from './lines.js';
import { TEMPLATE_CELLS } from './vocabulary.js';

const DELIMITER = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;

/** True for a table's delimiter row (`|:---|:---|`, `---|---`, `|:---`). */
export function isDelimiterRow(line: string): boolean {
  return line.includes('-') && (line.includes('|') || line.trim().startsWith(':')) && DELIMITER.test(line);
}

/**
 * Splits the table row `text[from, to)` into trimmed cells; `\|` is a literal pipe. `escaped` says
 * whether the row holds a backslash at all: the parser knows it without a search per row (see
 * `Occurrences`), which, unbounded, could run to the end of the page for every row.
 */
export function splitRow(text: string, from = 0, to = text.length, escaped = text.slice(from, to).includes('\\')): string[] {
  while (from < to && isSpace(text.charCodeAt(from))) from++;
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  if (from < to && text.charCodeAt(from) === 0x7c /* | */) from++;
  // `to - 2` may be the leading pipe cut above: not a backslash either, as for the rest alone.
  if (to > from && text.charCodeAt(to - 1) === 0x7c && text.charCodeAt(to - 2) !== 0x5c /* \ */) to--;
  if (escaped) return splitEscaped(text.slice(from, to));
  // Most rows have no escape: each cell is one slice of the page, not a split piece trimmed again.
  // Sized up front: pushed, every row would keep a backing store of 17 slots for its 2 to 4 cells.
  let count = 1;
  for (let bar = text.indexOf('|', from); bar >= 0 && bar < to; bar = text.indexOf('|', bar + 1)) count++;
  const cells = new Array<string>(count);
  for (let k = 0; k < count; k++) {
    const bar = k + 1 < count ? text.indexOf('|', from) : to;
    cells[k] = trimmedSlice(text, from, bar, TEMPLATE_CELLS);
    from = bar + 1;
  }
  return cells;
}

function splitEscaped(s: string): string[] {
  const cells: string[] = [];
  let cell = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\' && s[i + 1] === '|') {
      cell += '|';
      i++;
    } else if (c === '|') {
      cells.push(cell.trim());
      cell = '';
    } else {
      cell += c;
    }
  }
  cells.push(cell.trim());
  return cells;
}
