import { describe, expect, test } from 'vitest';
import { BLANK, isSpace, Lines, Occurrences, trimmedSlice } from '../lines.js';
import { parseDoc } from '../parse.js';

describe('Lines', () => {
  test.for(['', 'a', 'a\nb', 'a\n', '\n\n', 'a\r\nb\r\n', 'a\rb\nc', ' x \n\t\ny'])('%j has the lines of split(/\\r?\\n/)', (text) => {
    const lines = new Lines(text);
    const expected = text.split(/\r?\n/);
    expect(lines.count).toBe(expected.length);
    expect(Array.from({ length: lines.count }, (_, i) => lines.at(i))).toEqual(expected);
    expect(lines.join(0, lines.count)).toBe(expected.join('\n'));
    expect(lines.at(lines.count)).toBe('');
  });

  test('first non-blank character skips spaces and tabs only', () => {
    const lines = new Lines(' \t#\n   \n\u00a0x');
    expect([0, 1, 2].map((i) => lines.firstNonBlank(i))).toEqual([0x23, BLANK, 0xa0]);
  });
});

describe('trimming by offsets', () => {
  test('isSpace is true for exactly the characters trim removes', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpace(c) !== (String.fromCharCode(c).trim() === '')) differ.push(c);
    expect(differ).toEqual([]);
  });

  test('trimStart, trimEnd and trimmedSlice agree with trim', () => {
    const text = ' \t a b \u00a0\n\u3000\n\nx\r\n\ufeffy z\u2028';
    const lines = new Lines(text);
    const expected = text.replace(/\r\n/g, '\n').split('\n');
    for (let i = 0; i < lines.count; i++) {
      expect(lines.text.slice(lines.trimStart(i), Math.max(lines.trimStart(i), lines.trimEnd(i)))).toBe(expected[i]!.trim());
      expect(trimmedSlice(lines.text, lines.start(i), lines.end(i))).toBe(expected[i]!.trim());
    }
  });
});

describe('Occurrences', () => {
  test('answers, line after line, whether a line holds the needle', () => {
    const text = 'a | b\nno pipe\n|\n\nx](y) |\nlast';
    const lines = new Lines(text);
    for (const needle of ['|', '](', 'y) |']) {
      const at = new Occurrences(needle).over(text);
      const found = Array.from({ length: lines.count }, (_, i) => at.within(lines.start(i), lines.end(i)));
      expect(found).toEqual(text.split('\n').map((line) => line.includes(needle)));
    }
  });

  test('skipping lines, or asking twice about one, changes no answer', () => {
    const at = new Occurrences('ab').over('ab\ncd\nab\ncd');
    expect([at.within(3, 5), at.within(3, 5), at.within(6, 8), at.within(9, 11)]).toEqual([false, false, true, false]);
    // Over another text, from its start again.
    expect([at.over('xab').within(0, 3), at.within(0, 3)]).toEqual([true, true]);
  });
});

describe('fence bodies', () => {
  const page = (text: string) => parseDoc({ file: 'api/x.md', text });

  test('lose trailing blank lines, keep inner ones, and read CRLF pages like LF pages', () => {
    const lf = '# T\n\n```json\n{\n\n  "a": 1\n}\n  \n\n```\nafter\n';
    expect(page(lf).blocks[0]?.text).toBe('{\n\n  "a": 1\n}');
    expect(page(lf.replace(/\n/g, '\r\n'))).toEqual(page(lf));
  });

  test('an indented fence loses up to three spaces per line', () => {
    expect(page('# T\n  ```http\n  GET /me\n      x\n  ```\n').blocks[0]?.text).toBe('GET /me\n   x');
  });

  test('an empty or all-blank fence has empty text', () => {
    expect(page('```\n```\n').blocks[0]?.text).toBe('');
    expect(page('```\n \n\t\n```\n').blocks[0]?.text).toBe('');
  });
});
