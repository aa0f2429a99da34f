import { describe, expect, test } from 'vitest';
import type { DocPage } from '../../docs/types.js';
import { FenceKeys, keyLineFinder } from '../keyLines.js';
import { randomTexts } from '../__helpers__/randomTexts.js';
import type { HttpExample } from '../types.js';

/** What the scanner must agree with: the first line of each key the regex finds, from one pass. */
function byRegex(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  for (const m of text.matchAll(/"((?:[^"\\\n]|\\.)*)"\s*:/g)) {
    const line = text.slice(0, m.index).split('\n').length - 1;
    if (!lines.has(m[1]!)) lines.set(m[1]!, line);
  }
  return lines;
}

describe('FenceKeys', () => {
  test.for([
    ['keys on their lines', '{\n  "a": 1,\n  "b": {\n    "a": 2,\n    "c": 3\n  }\n}', { a: 1, b: 2, c: 4 }],
    ['a string value is no key', '{\n  "a": "b",\n  "b": 1\n}', { a: 1, b: 2 }],
    ['escaped quote inside a key', '{\n  "x\\"y": 1\n}', { 'x\\"y': 1 }],
    ['space before the colon', '{\n  "a" \t : 1\n}', { a: 1 }],
    ['a key split by a line end is none', '{\n  "a\n": 1, "b": 2\n}', { b: 2 }],
  ] as const)('%s', ([, text, expected]) => {
    const keys = new FenceKeys(text);
    for (const [key, line] of Object.entries(expected)) expect(keys.lineOf(key), key).toBe(line);
    expect(keys.lineOf('missing')).toBeUndefined();
  });

  test('agrees with the regex on random text, whatever the order of lookups', () => {
    const alphabet = ['"', '"', '\\', '\n', '\r', ' ', ':', ':', 'a', 'b', '\u2028', '\u00a0', '{', ','];
    for (const text of randomTexts(7, alphabet, 3000, 40)) {
      const expected = byRegex(text);
      const keys = new FenceKeys(text);
      // Keys found late first, then early ones, then names that may not occur.
      for (const key of [...[...expected.keys()].reverse(), 'a', 'b', '']) expect(keys.lineOf(key), JSON.stringify(text)).toBe(expected.get(key));
    }
  });
});

describe('keyLineFinder', () => {
  test('points at the key line in the fence that holds the example, else at the example', () => {
    const page = { file: 'api/x.md', blocks: [{ line: 9, text: 'HTTP/1.1 200 OK\n\n{\n  "value": []\n}' }] } as unknown as DocPage;
    const example: HttpExample = { headers: {}, source: { file: 'api/x.md', line: 10 } };
    const keyLine = keyLineFinder([page]);
    expect(keyLine(example, 'value')).toEqual({ file: 'api/x.md', line: 13 });
    expect(keyLine(example, 'other')).toEqual({ file: 'api/x.md', line: 10 });
  });
});
