import { describe, expect, test } from 'vitest';
import { splitRow } from '../tables.js';

describe('splitRow', () => {
  test.for([
    ['| a | b |', ['a', 'b']],
    ['a | b', ['a', 'b']],
    ['|a|b', ['a', 'b']],
    ['| a |  |', ['a', '']],
    ['|', ['']],
    ['||', ['']],
    ['| | |', ['', '']],
    ['  | x\t|\ty |  ', ['x', 'y']],
    ['| \u00a0x\u00a0 | y\u3000|', ['x', 'y']],
    ['| a \\| b | c |', ['a | b', 'c']],
    ['| a | b \\|', ['a', 'b |']],
    ['\\|', ['|']],
  ] as [string, string[]][])('%j', ([row, cells]) => {
    expect(splitRow(row)).toEqual(cells);
    // Read as a line of a page, between offsets, with pipes and backslashes on the lines around it.
    const page = `| p | \\ |\n${row}\n| \\| q |`;
    expect(splitRow(page, 10, 10 + row.length, row.includes('\\'))).toEqual(cells);
    // The same cells as splitting on the pipes and trimming each piece.
    if (!row.includes('\\')) {
      let s = row.trim();
      if (s.startsWith('|')) s = s.slice(1);
      if (s.endsWith('|')) s = s.slice(0, -1);
      expect(splitRow(row)).toEqual(s.split('|').map((c) => c.trim()));
    }
  });
});
