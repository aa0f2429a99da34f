import { CORE_SCHEMA, load } from 'js-yaml';
import type { Lines } from './lines.js';
import type { DocDiagnostic } from './types.js';
import { FRONT_MATTER_KEYS, FRONT_MATTER_VALUES } from './vocabulary.js';

/** YAML front matter between `---` lines at the top of a page. */
export interface FrontMatter {
  data: Record<string, unknown>;
  /** Number of lines the block takes, fences included (0 when absent). */
  lines: number;
  diagnostics: DocDiagnostic[];
}

/** Reads the front matter block at the start of `lines`, if any. */
export function readFrontMatter(lines: Lines, file: string): FrontMatter {
  if (!isFence(lines, 0)) return { data: {}, lines: 0, diagnostics: [] };
  let end = 1;
  while (end < lines.count && !isFence(lines, end)) end++;
  if (end >= lines.count) {
    return { data: {}, lines: 0, diagnostics: [{ rule: 'front-matter-unclosed', severity: 'warning', message: 'front matter starts with `---` but never ends; read as markdown', source: { file, line: 1 } }] };
  }
  const flat = flatMapping(lines, 1, end);
  if (flat) return { data: flat, lines: end + 1, diagnostics: [] };
  try {
    const data = load(lines.join(1, end), { schema: CORE_SCHEMA }) as unknown;
    const record = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
    return { data: record, lines: end + 1, diagnostics: [] };
  } catch (err) {
    const message = (err as Error).message.split('\n')[0] ?? 'invalid YAML';
    return { data: {}, lines: end + 1, diagnostics: [{ rule: 'front-matter-invalid', severity: 'warning', message: `front matter is not valid YAML: ${message}`, source: { file, line: 1 } }] };
  }
}

/** True when line `i` is `---`, blanks around it aside. */
function isFence(lines: Lines, i: number): boolean {
  const start = lines.trimStart(i);
  return lines.trimEnd(i) - start === 3 && lines.text.startsWith('---', start);
}


/** Plain scalars that YAML's core schema reads as booleans or null, not strings. */
const NOT_STRING = new Set(['true', 'True', 'TRUE', 'false', 'False', 'FALSE', 'null', 'Null', 'NULL']);

/**
 * The front matter of nearly every Graph page: one `key: string` per line. Read here because
 * js-yaml costs several percent of a whole-reference build for these few lines; anything else
 * (a repeated key, a number, a list, a comment, a blank line) returns undefined and goes to
 * js-yaml, so the result is always what js-yaml gives.
 */
function flatMapping(lines: Lines, from: number, to: number): Record<string, unknown> | undefined {
  const data: Record<string, unknown> = {};
  const { text } = lines;
  for (let i = from; i < to; i++) {
    const start = lines.start(i);
    const end = lines.end(i);
    const colon = entryKeyEnd(text, start, end);
    if (colon < 0) return undefined;
    const key = FRONT_MATTER_KEYS.spelled(text, start, colon) ?? text.slice(start, colon);
    const value = entryValue(text, colon + 1, end);
    if (value === undefined || key === '__proto__' || Object.hasOwn(data, key)) return undefined;
    data[key] = value;
  }
  return data;
}

// The line forms read here, by hand rather than with a regex match per line (some 48,000 lines
// over the reference): `^([A-Za-z_][\w.-]*): +(?:"([^"\\]*)"|'([^']*)'|([A-Za-z][\w.-]*(?: [\w.-]+)*))[ \t]*$`.

const isLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
/** `[\w.-]` */
const isWordish = (c: number): boolean => isLetter(c) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x2e || c === 0x2d;
const isBlank = (c: number): boolean => c === 0x20 || c === 0x09;

/** Index of the `:` ending a `[A-Za-z_][\w.-]*` key at the start of the line `text[start, end)`, or -1. */
function entryKeyEnd(text: string, start: number, end: number): number {
  const c = start < end ? text.charCodeAt(start) : -1;
  if (!isLetter(c) && c !== 0x5f) return -1;
  let k = start + 1;
  while (k < end && isWordish(text.charCodeAt(k))) k++;
  return k < end && text.charCodeAt(k) === 0x3a ? k : -1;
}

/**
 * The string value of `text[from, to)`, the line after a key's colon (spaces, a quoted or plain
 * string, trailing blanks), or undefined.
 */
function entryValue(text: string, from: number, to: number): string | undefined {
  let k = from;
  while (k < to && text.charCodeAt(k) === 0x20) k++;
  if (k === from || k === to) return undefined;
  let end = to;
  while (end > k && isBlank(text.charCodeAt(end - 1))) end--;
  const open = text.charCodeAt(k);
  if (open === 0x22 || open === 0x27) {
    // The closing quote is the first one after the opening quote and ends the value; `\` is not read.
    let close = k + 1;
    while (close < end && text.charCodeAt(close) !== open) close++;
    if (close !== end - 1) return undefined;
    if (open === 0x22) for (let j = k + 1; j < close; j++) if (text.charCodeAt(j) === 0x5c) return undefined;
    return FRONT_MATTER_VALUES.spelled(text, k + 1, close) ?? text.slice(k + 1, close);
  }
  if (!isLetter(open)) return undefined;
  // Words of `[\w.-]` joined by single spaces.
  for (let j = k; j < end; j++) {
    const c = text.charCodeAt(j);
    if (!isWordish(c) && !(c === 0x20 && text.charCodeAt(j - 1) !== 0x20)) return undefined;
  }
  const plain = FRONT_MATTER_VALUES.spelled(text, k, end) ?? text.slice(k, end);
  return NOT_STRING.has(plain) ? undefined : plain;
}
