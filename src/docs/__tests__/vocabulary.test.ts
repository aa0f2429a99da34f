import { describe, expect, test } from 'vitest';
import { trimmedSlice } from '../lines.js';
import * as vocabularies from '../vocabulary.js';
import { FENCE_LANGS, Vocabulary } from '../vocabulary.js';

describe('Vocabulary', () => {
  test('finds the word a range spells exactly, or none', () => {
    const words = new Vocabulary(['http', 'https', 'json', 'Jso']);
    const text = 'xhttps http json jsonx';
    const ranges = [[1, 6], [1, 5], [7, 11], [12, 16], [17, 21], [17, 22], [0, 0], [12, 15]] as const;
    expect(ranges.map(([from, to]) => words.spelled(text, from, to))).toEqual(['https', 'http', 'http', 'json', 'json', undefined, undefined, undefined]);
    expect(trimmedSlice(' json  x', 0, 6, words)).toBe('json');
    expect(trimmedSlice(' jsonx ', 0, 7, words)).toBe('jsonx');
  });

  test('the shared words are distinct and trimmed, as the ranges they stand for are', () => {
    for (const [name, value] of Object.entries(vocabularies)) {
      if (!(value instanceof Vocabulary)) continue;
      expect(new Set(value.words).size, name).toBe(value.words.length);
      expect(value.words.filter((w) => w === '' || w.trim() !== w), name).toEqual([]);
    }
  });

  test('fence info words are lower-case: they stand in for the lower-cased info string', () => {
    expect(FENCE_LANGS.words.filter((w) => w.toLowerCase() !== w)).toEqual([]);
  });
});
