import { describe, expect, test } from 'vitest';
import { addIncludes } from '../links.js';
import type { Include } from '../types.js';

// The regex the hand-written reader stands for, applied globally to one line.
const INCLUDE = /\[!INCLUDE\s*\[([^\][]*)\]\(([^)(]*)\)\s*\]/gi;

describe('addIncludes reads what the include regex matches', () => {
  test.for([
    '[!INCLUDE [beta-disclaimer](../../includes/beta-disclaimer.md)]',
    '[!include[a](b)]', '[!Include  \t[a]( ../x.md )  ]', '> [!INCLUDE [a](b)] and [!INCLUDE [c](d)]',
    '[![!INCLUDE [a](b)]', '[!INCLUDE [a](b)', '[!INCLUDE [a[b](c)]', '[!INCLUDE [a]b](c)]', '[!INCLUDEx [a](b)]',
    '[!INCLUD [a](b)]', '[!INCLUDE [a](b(c))]', '[!INCLUDE [a] (b)]', '[!INCLUDE\u00a0[a](b)\u3000]', '[!İNCLUDE [a](b)]',
    '[!INCLUDE [](  )]', '[!NOTE] [!INCLUDE [a](b)]', '[!INCLUDE [a](b)]]', '[!INCLUDE [a](b)x]', '[!', '[!INCLUDE',
    // A broken include, then a good one.
    '[!INCLUDEx [a](b)] [!INCLUDE [c](d)]', '[!INCLUDE a [!INCLUDE [c](d)]', '[!INCLUDE [a[b](c)] [!INCLUDE [c](d)]',
    '[!INCLUDE [a] [!INCLUDE [c](d)]', '[!INCLUDE [a](b(c))] [!INCLUDE [c](d)]', '[!INCLUDE [a](b) x] [!INCLUDE [c](d)]',
  ])('%j', (line) => {
    const found: Include[] = [];
    const count = addIncludes(line, 7, 2, found);
    const expected = [...line.matchAll(INCLUDE)].map((m) => ({ text: m[1], target: m[2]!.trim(), line: 7, section: 2 }));
    expect(found).toEqual(expected);
    expect(count).toBe(expected.length);
    // The same line read in a page, with include pieces on the lines around it.
    const inPage: Include[] = [];
    const before = '[!INCLUDE [p](q)] [!INCLUDE\n';
    addIncludes(`${before}${line}\n](r)] [!INCLUDE [s](t)]`, 7, 2, inPage, before.length, before.length + line.length);
    expect(inPage).toEqual(expected);
  });
});

test('addIncludes agrees with the regex on includes broken in every way', () => {
  const pieces = ['[!', 'INCLUDE', 'include', '[', ']', '(', ')', ' ', '\t', 'a', '/b.md', '](', 'x'];
  const include = ['[!', 'INCLUDE', ' ', '[', 'a', ']', '(', '/b.md', ')', ' ', ']'];
  let seed = 13;
  // A fixed linear congruential sequence; its high bits, as the low ones of such a sequence repeat.
  const next = (n: number): number => Math.floor((seed = (seed * 1103515245 + 12345) % 2147483648) / 65536) % n;
  // An include with one to six pieces dropped, added or replaced (about one in five still matches), maybe followed by another and a good one.
  const broken = (): string => {
    const line = [...include];
    for (let m = 1 + next(6); m > 0; m--) {
      const at = next(line.length + 1);
      const op = next(3);
      if (op === 0) line.splice(at, 1);
      else if (op === 1) line.splice(at, 0, pieces[next(pieces.length)]!);
      else line[at] = pieces[next(pieces.length)]!;
    }
    return line.join('');
  };
  let matched = 0;
  for (let n = 0; n < 3000; n++) {
    const line = broken() + (next(2) ? broken() : '') + (next(2) ? include.join('') : '');
    const found: Include[] = [];
    addIncludes(line, 1, 0, found);
    const expected = [...line.matchAll(INCLUDE)].map((m) => [m[1], m[2]!.trim()]);
    expect(found.map((f) => [f.text, f.target]), line).toEqual(expected);
    const inPage: Include[] = [];
    addIncludes(`[!INCLUDE [p](\n${line}\n)] [!INCLUDE [s](t)]`, 1, 0, inPage, 15, 15 + line.length);
    expect(inPage.map((f) => [f.text, f.target]), line).toEqual(expected);
    if (expected.length > 0) matched++;
  }
  expect(matched).toBeGreaterThan(1000);
});
