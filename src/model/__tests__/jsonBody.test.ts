import { describe, expect, test } from 'vitest';
import { parseJsonBody } from '../jsonBody.js';

const start = { file: 'api/x.md', line: 10 };

describe('parseJsonBody', () => {
  test('strict JSON costs no diagnostic', () => {
    expect(parseJsonBody('{"a": 1}', start)).toEqual({ body: { a: 1 }, diagnostics: [] });
  });

  test.for([
    ['comment', '{\n  "a": 1 // the answer\n}', { a: 1 }, ['example-json-comment@11']],
    ['block comment', '{\n  /* note\n  more */\n  "a": 1\n}', { a: 1 }, ['example-json-comment@11']],
    ['url is not a comment', '{\n  "u": "https://x/y", //c\n  "b": 2\n}', { u: 'https://x/y', b: 2 }, ['example-json-comment@11']],
    ['trailing comma', '{\n  "a": [1, 2,],\n  "b": 2,\n}', { a: [1, 2], b: 2 }, ['example-json-trailing-comma@11', 'example-json-trailing-comma@12']],
    ['ellipsis line', '{\n  "value": [\n    {"a": 1},\n    ...\n  ]\n}', { value: [{ a: 1 }] }, ['example-json-ellipsis@13']],
    ['ellipsis char', '{\n  "a": 1,\n  \u2026\n}', { a: 1 }, ['example-json-ellipsis@12']],
    ['leading ellipsis', '[\n  ...,\n  {"a": 1}\n]', [{ a: 1 }], ['example-json-ellipsis@11']],
    ['unquoted template', '{\n  "id": {id},\n  "n": String (timestamp)\n}', { id: '{id}', n: 'String (timestamp)' }, ['example-json-unquoted-value@11', 'example-json-unquoted-value@12']],
    ['literals stay', '{\n  "a": true, "b": null, "c": -1.5, "d": {id}\n}', { a: true, b: null, c: -1.5, d: '{id}' }, ['example-json-unquoted-value@11']],
    ['empty object stays', '{\n  "a": {},\n  "b": x\n}', { a: {}, b: 'x' }, ['example-json-unquoted-value@12']],
  ] as const)('%s', ([, text, body, rules]) => {
    const r = parseJsonBody(text, start);
    expect(r.body).toEqual(body);
    expect(r.diagnostics.map((d) => `${d.rule}@${d.source.line}`)).toEqual(rules);
  });

  test('a body that is not JSON is kept as text with one diagnostic at the failing line', () => {
    const r = parseJsonBody('{\n  "a": 1\n  "b": 2\n}', start);
    expect(r.body).toBeUndefined();
    expect(r.bodyText).toBe('{\n  "a": 1\n  "b": 2\n}');
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ rule: 'example-body-not-json', source: { file: 'api/x.md', line: 12 } });
  });
});
