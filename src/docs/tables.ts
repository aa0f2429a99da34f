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
  let s = line.trim();
  if (s.startsWith('|')) s = s.slice(1);
  if (s.endsWith('|') && !s.endsWith('\\|')) s = s.slice(0, -1);
  // Most rows have no escape: a plain split, instead of building each cell a character at a time.
  if (!s.includes('\\')) return s.split('|').map((c) => c.trim());
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
