import { describe, expect, test } from 'vitest';
import { normalizeResponse, rawHeaderPairs } from '../normalize.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('normalizeResponse', () => {
  test('lower-cases header names and joins repeats in order', () => {
    const res = normalizeResponse(200, rawHeaderPairs(['Set-Cookie', 'a=1', 'Content-Type', 'application/json', 'set-cookie', 'b=2']), bytes('{}'), 1.234);
    expect(res).toEqual({ status: 200, headers: { 'set-cookie': 'a=1, b=2', 'content-type': 'application/json' }, text: '{}', json: {}, elapsedMs: 1.2 });
  });

  test.for([
    ['an object labelled text', 'text/plain', '{"a":1}', { a: 1 }],
    ['an array without a label', undefined, ' [1]', [1]],
    ['a JSON string labelled JSON', 'application/json; charset=utf-8', '"x"', 'x'],
    ['a number labelled text ($count)', 'text/plain', '42', undefined],
    ['an empty JSON body', 'application/json', '', undefined],
    ['JSON cut short', 'application/json', '{"a":', undefined],
  ] as const)('json of %s', ([, type, text, json]) => {
    const headers: [string, string][] = type ? [['content-type', type]] : [];
    expect(normalizeResponse(200, headers, bytes(text), 0).json).toEqual(json);
  });

  test('keeps a byte-order mark in the text, as sent', () => {
    const res = normalizeResponse(200, [], new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d]), 0);
    expect(res.text).toBe('\uFEFF{}');
  });
});
