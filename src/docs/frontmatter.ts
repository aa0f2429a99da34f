import { CORE_SCHEMA, load } from 'js-yaml';
import type { Lines } from './lines.js';
import type { DocDiagnostic } from './types.js';

/** YAML front matter between `---` lines at the top of a page. */
export interface FrontMatter {
  data: Record<string, unknown>;
  /** Number of lines the block takes, fences included (0 when absent). */
  lines: number;
  diagnostics: DocDiagnostic[];
}

/** Reads the front matter block at the start of `lines`, if any. */
export function readFrontMatter(lines: Lines, file: string): FrontMatter {
  if (lines.at(0).trim() !== '---') return { data: {}, lines: 0, diagnostics: [] };
  let end = 1;
  while (end < lines.count && lines.at(end).trim() !== '---') end++;
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

/** `key: "quoted"`, `key: 'quoted'` or `key: Plain words`, nothing else on the line. */
const ENTRY = /^([A-Za-z_][\w.-]*): +(?:"([^"\\]*)"|'([^']*)'|([A-Za-z][\w.-]*(?: [\w.-]+)*))[ \t]*$/;
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
  for (let i = from; i < to; i++) {
    const m = ENTRY.exec(lines.at(i));
    const key = m?.[1];
    if (!m || key === undefined || key === '__proto__' || Object.hasOwn(data, key)) return undefined;
    const plain = m[4];
    if (plain !== undefined && NOT_STRING.has(plain)) return undefined;
    data[key] = m[2] ?? m[3] ?? plain;
  }
  return data;
}
