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
  const byFile = new Map(pages.map((p) => [p.file, p]));
  const scanned = new WeakMap<object, Map<string, number>>();
  return (example, key) => {
    let lines = scanned.get(example);
    if (!lines) {
      const block = byFile.get(example.source.file)?.blocks.find((b) => b.line + 1 === example.source.line);
      lines = keyLines(block?.text ?? '');
      scanned.set(example, lines);
    }
    const offset = lines.get(key);
    return offset === undefined ? example.source : { file: example.source.file, line: example.source.line + offset };
  };
}
