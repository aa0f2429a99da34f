import { describe, expect, test } from 'vitest';
import { atxHeading, closes, openingFence, tabLabel } from '../lineForms.js';
import { parseDoc } from '../parse.js';

// The regexes the hand-written readers stand for: they must agree on every line.
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*))?$/;
const FENCE = /^( {0,3}|\t?)(`{3,}|~{3,})[ \t]*([^`\s]*)/;
const TAB = /^ {0,3}#{1,6}[ \t]*\[([^\]]*)\]\(#tab\/([^)]*)\)/;
const CLOSING = /^\s*(`{3,}|~{3,})\s*$/;

/** `line` as the parser sees it: a range of a page, with other lines around it. */
const inPage = (line: string): [string, number, number] => [`# before\n${line}\n~~~ after)`, 9, 9 + line.length];

const headings = [
  '# Title', '###### Six', '####### Seven', '#', '##', '#\t', '#Title', '   # Three spaces', '    # Four spaces', '\t# Tab',
  '## Closing ##', '# a\rb', '# a\u2028b', '#\u00a0nbsp', '# ', '#  \t  spaced', '### \u3000wide', '#\r',
];
const fences = [
  '```', '```json', '``` json', '```\tJSON {x}', '~~~', '~~~yaml', '``', '~~', '   ```', '    ```', '\t```http', ' \t```', '```js`x',
  '````md', '```json\u00a0x', '~~~ ~x', '```\u3000http', '```HTTP', '`~~', '~``',
];

describe('atxHeading reads what the heading regex matches', () => {
  test.for(headings)('%j', (line) => {
    const m = HEADING.exec(line);
    const h = atxHeading(line);
    expect(h >= 0).toBe(m !== null);
    if (!m) return;
    expect(h & 7).toBe(m[1]!.length);
    expect(line.slice(h >> 3)).toBe(m[2] ?? '');
    expect(atxHeading(...inPage(line))).toBe(h);
  });
});

describe('tabLabel reads what the tab marker regex matches', () => {
  test.for([
    '# [HTTP](#tab/http)', '### [C#](#tab/csharp) more', '#[Go](#tab/go)', '# \t [JS](#tab/javascript)', '   # [A](#tab/a)',
    '    # [A](#tab/a)', '####### [A](#tab/a)', '###### [A](#tab/a)', '# [A](#tab/a', '# [A](#tab/)', '# [](#tab/x)',
    '# [a[b](#tab/x)', '# [a]b](#tab/x)', '# [A] (#tab/a)', '# [A](#Tab/a)', '# [A](#tab)', '\t# [A](#tab/a)', '# HTTP', '#', '# [A]',
    '# [A](#tab/a\rb)', '# [A\u00a0B](#tab/a)',
  ])('%j', (line) => {
    expect(tabLabel(line)).toBe(TAB.exec(line)?.[1]);
    expect(tabLabel(...inPage(line))).toBe(TAB.exec(line)?.[1]);
  });
});

describe('openingFence reads what the fence regex matches', () => {
  test.for(fences)('%j', (line) => {
    const m = FENCE.exec(line);
    const f = openingFence(line);
    expect(f !== undefined).toBe(m !== null);
    if (!m || !f) return;
    expect(f).toEqual({ indent: m[1]!.length, mark: m[2]!.charCodeAt(0), length: m[2]!.length, lang: m[3]!.toLowerCase() });
    expect(openingFence(...inPage(line))).toEqual(f);
  });
});

describe('closes reads what the closing fence regex matches, for a fence of three', () => {
  test.for(['```', '  ```  ', '````', '\u00a0```\t', '``', '``` x', '~~~', '`~`', '', '```\r'])('%j', (line) => {
    const m = CLOSING.exec(line);
    for (const mark of ['`', '~']) {
      const expected = m !== null && m[1]!.startsWith(mark);
      const fence = { indent: 0, mark: mark.charCodeAt(0), length: 3, lang: '' };
      expect(closes(line, 0, line.length, fence)).toBe(expected);
      expect(closes(...inPage(line), fence)).toBe(expected);
    }
  });
});

describe('a fence closes at a run of its own character, at least as long, alone on its line', () => {
  test.for([
    ['````\na\n```\nb\n  `````  \nafter', 'a\n```\nb'],
    ['```\na\n``` x\n~~~\n\u00a0```\u00a0\nafter', 'a\n``` x\n~~~'],
    ['~~~\na\n```\n~~~~\nafter', 'a\n```'],
  ] as [string, string][])('%j', ([text, body]) => {
    const page = parseDoc({ file: 'api/x.md', text: `# X\n\n${text}\n` });
    expect(page.blocks[0]?.text).toBe(body);
    expect(page.prose.map((p) => p.text)).toEqual(['after']);
  });
});
