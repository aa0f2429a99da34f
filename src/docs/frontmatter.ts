import { CORE_SCHEMA, load } from 'js-yaml';
import type { DocDiagnostic } from './types.js';

/** YAML front matter between `---` lines at the top of a page. */
export interface FrontMatter {
  data: Record<string, unknown>;
  /** Number of lines the block takes, fences included (0 when absent). */
  lines: number;
  diagnostics: DocDiagnostic[];
}

/** Reads the front matter block at the start of `lines`, if any. */
export function readFrontMatter(lines: string[], file: string): FrontMatter {
  if (lines[0]?.trim() !== '---') return { data: {}, lines: 0, diagnostics: [] };
  let end = 1;
  while (end < lines.length && lines[end]?.trim() !== '---') end++;
  if (end >= lines.length) {
    return { data: {}, lines: 0, diagnostics: [{ rule: 'front-matter-unclosed', severity: 'warning', message: 'front matter starts with `---` but never ends; read as markdown', source: { file, line: 1 } }] };
  }
  try {
    const data = load(lines.slice(1, end).join('\n'), { schema: CORE_SCHEMA }) as unknown;
    const record = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
    return { data: record, lines: end + 1, diagnostics: [] };
  } catch (err) {
    const message = (err as Error).message.split('\n')[0] ?? 'invalid YAML';
    return { data: {}, lines: end + 1, diagnostics: [{ rule: 'front-matter-invalid', severity: 'warning', message: `front matter is not valid YAML: ${message}`, source: { file, line: 1 } }] };
  }
}
