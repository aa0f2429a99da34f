import { describe, expect, test } from 'vitest';
import { atxHeading, openingFence, parseDoc } from '../parse.js';

// The regexes the hand-written readers stand for: they must agree on every line.
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*))?$/;
const FENCE = /^( {0,3}|\t?)(`{3,}|~{3,})[ \t]*([^`\s]*)/;

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
  });
});

describe('openingFence reads what the fence regex matches', () => {
  test.for(fences)('%j', (line) => {
    const m = FENCE.exec(line);
    const f = openingFence(line);
    expect(f !== undefined).toBe(m !== null);
    if (!m || !f) return;
    expect(f).toEqual({ indent: m[1]!.length, mark: m[2]!.charCodeAt(0), length: m[2]!.length, lang: m[3]!.toLowerCase() });
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
