/**
 * GitHub-flavoured pipe tables as Graph pages write them, with or without leading and trailing
 * pipes. Hand-written: a general markdown parser costs far more than we can afford over the
 * whole reference (see bench/build.ts), and we only need rows with line numbers.
 */

const DELIMITER = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;

/** True for a table's delimiter row (`|:---|:---|`, `---|---`, `|:---`). */
export function isDelimiterRow(line: string): boolean {
  return line.includes('-') && (line.includes('|') || line.trim().startsWith(':')) && DELIMITER.test(line);
}

/** Splits a table row into trimmed cells; `\|` is a literal pipe. */
export function splitRow(line: string): string[] {
  const s = line.trim();
  let from = s.startsWith('|') ? 1 : 0;
  let to = s.length;
  // `s[to - 2]` may be the leading pipe cut above: not a backslash either, as for the rest alone.
  if (to > from && s.endsWith('|') && s[to - 2] !== '\\') to--;
  if (s.includes('\\')) return splitEscaped(s.slice(from, to));
  // Most rows have no escape: each cell is one slice of the row, not a split piece trimmed again.
  // Sized up front: pushed, every row would keep a backing store of 17 slots for its 2 to 4 cells.
  let count = 1;
  for (let bar = s.indexOf('|', from); bar >= 0 && bar < to; bar = s.indexOf('|', bar + 1)) count++;
  const cells = new Array<string>(count);
  for (let k = 0; k < count; k++) {
    const bar = k + 1 < count ? s.indexOf('|', from) : to;
    cells[k] = trimmed(s, from, bar);
    from = bar + 1;
  }
  return cells;
}

/** `s.slice(from, to).trim()`, without the untrimmed slice when only spaces and tabs surround the text. */
function trimmed(s: string, from: number, to: number): string {
  while (from < to && (s.charCodeAt(from) === 0x20 || s.charCodeAt(from) === 0x09)) from++;
  while (to > from && (s.charCodeAt(to - 1) === 0x20 || s.charCodeAt(to - 1) === 0x09)) to--;
  const cell = s.slice(from, to);
  // Other whitespace (a no-break space, a form feed) is left to `trim`, which knows all of it.
  return from < to && (edgeMayTrim(s.charCodeAt(from)) || edgeMayTrim(s.charCodeAt(to - 1))) ? cell.trim() : cell;
}

function edgeMayTrim(code: number): boolean {
  return code < 0x21 || code > 0x7e;
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
