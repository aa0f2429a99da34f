import { describe, expect, test } from 'vitest';
import { plainText } from '../markdown.js';
import { randomTexts } from '../__helpers__/randomTexts.js';

/** plainText as one regex and a replacer: the definition the faster paths must agree with. */
function reference(md: string): string {
  return md
    .trim()
    .replace(/\[([^\][]*)\]\([^)(]*\)|(<br\s*\/?>)|<\/?[a-z][^><]*>|[*`]+|\\(_)|(\s{2,}|[\t\n])/gi, (_m, link?: string, br?: string, underscore?: string, space?: string) => link ?? (br || space ? ' ' : (underscore ?? '')))
    .trim();
}

describe('plainText', () => {
  test.for([
    ['**name**', 'name'],
    ['[user](user.md) collection', 'user collection'],
    ['`a`, `b` or \\_c', 'a, b or _c'],
    ['line<br/>break <b>bold</b>', 'line break bold'],
    ['[a  <br> b](x) and  more\ttext', 'a  <br> b and more text'],
    ['[](x)**', ''],
  ] as const)('%s', ([md, text]) => {
    expect(plainText(md)).toBe(text);
    expect(reference(md)).toBe(text);
  });

  test('agrees with the single-regex definition on random text', () => {
    const alphabet = ['[', ']', '(', ')', '*', '`', '\\', '_', ' ', ' ', 'a', '<', 'b', 'r', '>', '/', '\t', '\n', '\u00a0'];
    for (const md of randomTexts(11, alphabet, 20000, 24)) expect(plainText(md), JSON.stringify(md)).toBe(reference(md));
  });
});
