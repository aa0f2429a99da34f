import type { DocPage } from '../docs/types.js';
import type { KeyLine } from './exampleChecks.js';

const KEY = /"((?:[^"\\\n]|\\.)*)"\s*:/g;

/** Line offset of the first `"key":` of each key in a fence, from one scan of its text. */
function keyLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  let line = 0;
  let from = 0;
  for (const m of text.matchAll(KEY)) {
    for (let i = text.indexOf('\n', from); i >= 0 && i < m.index; i = text.indexOf('\n', i + 1)) line++;
    from = m.index;
    const key = m[1] ?? '';
    if (!lines.has(key)) lines.set(key, line);
  }
  return lines;
}

/** A line finder over the pages' fences: the first `"key":` in the fence that holds the example. */
export function keyLineFinder(pages: DocPage[]): KeyLine {
  const fences = new Map<string, Map<string, string>>();
  for (const page of pages) {
    const byLine = new Map<string, string>();
    for (const b of page.blocks) byLine.set(String(b.line + 1), b.text);
    fences.set(page.file, byLine);
  }
  const scanned = new WeakMap<object, Map<string, number>>();
  return (example, key) => {
    let lines = scanned.get(example);
    if (!lines) {
      lines = keyLines(fences.get(example.source.file)?.get(String(example.source.line)) ?? '');
      scanned.set(example, lines);
    }
    const offset = lines.get(key);
    return offset === undefined ? example.source : { file: example.source.file, line: example.source.line + offset };
  };
}

