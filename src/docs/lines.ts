import type { Vocabulary } from './vocabulary.js';

/**
 * The lines of a page as offsets into its text, without a string per line. Most of a reference
 * page is fenced example bodies; the parser only needs their first characters, and a block's
 * text is then one slice of the page instead of its lines split and joined again.
 * Line breaks are `\n` and `\r\n` (`\r\n` is normalised once); line `i` is 0-based.
 * The line offsets live in one buffer reused from page to page (pages are parsed one at a
 * time, synchronously), so a `Lines` is only valid until the next one is made.
 */
export class Lines {
  /** The page text with `\r\n` read as `\n`. */
  readonly text: string;
  readonly count: number;
  /** Offset where each line starts: a scratch buffer shared by every page, valid until the next `new Lines`. */
  private readonly starts: Int32Array;

  constructor(text: string) {
    // `split(/\r?\n/)` and this give the same lines; most pages have no CR and skip the replace.
    this.text = text.includes('\r') ? text.replace(/\r\n/g, '\n') : text;
    // One pass: the shared buffer doubles when a page has more lines than any before it.
    let starts = scratch;
    starts[0] = 0;
    let count = 1;
    for (let at = this.text.indexOf('\n'); at >= 0; at = this.text.indexOf('\n', at + 1)) {
      if (count === starts.length) {
        const grown = new Int32Array(2 * starts.length);
        grown.set(starts);
        starts = scratch = grown;
      }
      starts[count++] = at + 1;
    }
    this.starts = starts;
    this.count = count;
  }

  start(i: number): number {
    return i < this.count ? (this.starts[i] ?? 0) : this.text.length;
  }

  /** Offset just past line `i`'s last character (its `\n` not included). */
  end(i: number): number {
    return i + 1 < this.count ? (this.starts[i + 1] ?? 0) - 1 : this.text.length;
  }

  /** Line `i` (`''` past the end, like a missing array element read with `?? ''`). */
  at(i: number): string {
    return i < this.count ? this.text.slice(this.start(i), this.end(i)) : '';
  }

  /** Lines `from` to `to` (exclusive) joined with `\n`: one slice of the text. */
  join(from: number, to: number): string {
    return to <= from ? '' : this.text.slice(this.start(from), this.end(to - 1));
  }

  /** Offset of line `i`'s first character that `String.prototype.trim` keeps (its end when it keeps none). */
  trimStart(i: number): number {
    const end = this.end(i);
    let k = this.start(i);
    while (k < end && isSpace(this.text.charCodeAt(k))) k++;
    return k;
  }

  /** Offset just past line `i`'s last character that `String.prototype.trim` keeps (its start when it keeps none). */
  trimEnd(i: number): number {
    const start = this.start(i);
    let k = this.end(i);
    while (k > start && isSpace(this.text.charCodeAt(k - 1))) k--;
    return k;
  }

  /** Char code of line `i`'s first character that is not a space or tab; BLANK for a blank line. */
  firstNonBlank(i: number): number {
    const end = this.end(i);
    let k = this.start(i);
    while (k < end && (this.text.charCodeAt(k) === 0x20 || this.text.charCodeAt(k) === 0x09)) k++;
    return k < end ? this.text.charCodeAt(k) : BLANK;
  }
}

/** Line offsets of the page being parsed; grown on demand, never shrunk (a few hundred KB at most). */
let scratch = new Int32Array(4096);

/** What `Lines.firstNonBlank` returns for a line of only spaces and tabs. */
export const BLANK = -1;

/**
 * True for the characters `String.prototype.trim` removes (ECMAScript WhiteSpace and
 * LineTerminator): reading offsets, the parser trims without making the trimmed string.
 */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `text.slice(from, to).trim()`, without the untrimmed slice; a word of `words` as that constant. */
export function trimmedSlice(text: string, from: number, to: number, words?: Vocabulary): string {
  while (from < to && isSpace(text.charCodeAt(from))) from++;
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  return words?.spelled(text, from, to) ?? text.slice(from, to);
}

/**
 * Whether a line holds `needle`, for lines asked about in page order: one `indexOf` finds the
 * next occurrence in the page and answers every line before it, where a search per line needs
 * the line as a string (or a bounded scan by hand), and an unbounded `indexOf` from each line
 * could run to the end of the page every time. One per needle serves every page in turn (`over`).
 */
export class Occurrences {
  private text = '';
  private next = 0;

  constructor(private readonly needle: string) {}

  /** Starts over on `text`, a page read from its start. */
  over(text: string): this {
    this.text = text;
    this.next = -1;
    return this;
  }

  /** True when `needle` lies within `[start, end)`, for `start`s that never decrease from call to call. */
  within(start: number, end: number): boolean {
    if (this.next < start) {
      const at = this.text.indexOf(this.needle, start);
      this.next = at < 0 ? this.text.length : at;
    }
    return this.next + this.needle.length <= end;
  }
}
