import type { DocPage } from '../docs/types.js';
import type { KeyLine } from './exampleChecks.js';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;
const COLON = 0x3a;

/** Line terminators, which `.` in a regex does not match. */
function isLineTerminator(c: number): boolean {
  return c === NEWLINE || c === 0x0d || c === 0x2028 || c === 0x2029;
}

/** What `\s` matches in a regex. */
function isSpace(c: number): boolean {
  return (c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The `"key":` occurrences of one fence, found as `/"((?:[^"\\\n]|\\.)*)"\s*:/g` finds them, and
 * scanned only as far as a lookup needs: most lookups ask for a key near the top (`value`), and
 * bodies run to thousands of lines. Written out by hand so that passing over keys costs no match
 * arrays; each lookup resumes where the last one stopped.
 */
export class FenceKeys {
  /** Line offset of each key's first occurrence so far. */
  private readonly lines = new Map<string, number>();
  /** Where the search resumes; -1 once the text is exhausted. */
  private at = 0;
  /** Newlines before `counted`. */
  private line = 0;
  private counted = 0;

  constructor(private readonly text: string) {}

  /** Line offset (0 = the fence's first line) of the first `"key":`, or undefined when none. */
  lineOf(key: string): number | undefined {
    let found = this.lines.get(key);
    while (found === undefined && this.at >= 0) {
      if (this.next() === key) found = this.lines.get(key);
    }
    return found;
  }

  /** Scans to the next `"key":`, records it, and returns it; undefined at the end of the text. */
  private next(): string | undefined {
    const s = this.text;
    for (let p = s.indexOf('"', this.at); p >= 0; p = s.indexOf('"', p + 1)) {
      const close = closingQuote(s, p);
      if (close < 0) continue;
      let colon = close + 1;
      while (colon < s.length && isSpace(s.charCodeAt(colon))) colon++;
      if (s.charCodeAt(colon) !== COLON) continue;
      for (let i = s.indexOf('\n', this.counted); i >= 0 && i < p; i = s.indexOf('\n', i + 1)) this.line++;
      this.counted = p;
      this.at = colon + 1;
      const key = s.slice(p + 1, close);
      if (!this.lines.has(key)) this.lines.set(key, this.line);
      return key;
    }
    this.at = -1;
    return undefined;
  }
}

/** Index of the quote closing a string opened at `open` (`\` escapes any character but a line end); -1 when the line or text ends first. */
function closingQuote(s: string, open: number): number {
  for (let i = open + 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === QUOTE) return i;
    if (c === NEWLINE) return -1;
    if (c === BACKSLASH) {
      if (i + 1 >= s.length || isLineTerminator(s.charCodeAt(i + 1))) return -1;
      i++;
    }
  }
  return -1;
}

/** A line finder over the pages' fences: the first `"key":` in the fence that holds the example. */
export function keyLineFinder(pages: DocPage[]): KeyLine {
  let byFile: Map<string, DocPage> | undefined;
  const scanned = new WeakMap<object, FenceKeys>();
  return (example, key) => {
    let keys = scanned.get(example);
    if (!keys) {
      if (!byFile) {
        byFile = new Map();
        for (const p of pages) byFile.set(p.file, p);
      }
      const block = byFile.get(example.source.file)?.blocks.find((b) => b.line + 1 === example.source.line);
      keys = new FenceKeys(block?.text ?? '');
      scanned.set(example, keys);
    }
    const offset = keys.lineOf(key);
    return offset === undefined ? example.source : { file: example.source.file, line: example.source.line + offset };
  };
}
