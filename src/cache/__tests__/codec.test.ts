import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CorruptPartError, decodePart, encodePart, jsonPieces, writePart } from '../codec.js';

const label = { key: 'k0123', part: 'set' };
const reasonOf = (bytes: Buffer, expected = label) => {
  try {
    decodePart(bytes, expected);
  } catch (err) {
    if (err instanceof CorruptPartError) return err.reason;
    throw err;
  }
  return 'intact';
};

describe('cache part files', () => {
  test('json keeps any text and is written as ASCII', () => {
    const value = { title: 'Größe — 名前 😀', n: [1, 2.5, null], nested: { ok: true } };
    const bytes = encodePart(label, value, 'json');
    expect([...bytes].every((b) => b < 0x80)).toBe(true);
    expect(decodePart(bytes, label)).toEqual(value);
  });

  test('v8 keeps undefined members, Maps and shared references', () => {
    const shared = { id: 1 };
    const value = { a: undefined, m: new Map([['x', shared]]), twice: [shared, shared] };
    const back = decodePart(encodePart(label, value, 'v8'), label) as typeof value;
    expect('a' in back).toBe(true);
    expect(back.m.get('x')).toEqual({ id: 1 });
    expect(back.twice[0]).toBe(back.twice[1]);
  });

  test.for([
    ['cut short', (b: Buffer) => b.subarray(0, b.length - 7), /^truncated: \d+ of \d+ payload bytes$/],
    ['cut inside the header', (b: Buffer) => b.subarray(0, 20), /^no header line$/],
    ['empty', () => Buffer.alloc(0), /^empty file$/],
    ['one payload byte changed', (b: Buffer) => Buffer.from(b.map((x, i) => (i === b.length - 3 ? x ^ 1 : x))), /^checksum mismatch$/],
    ['not a part file', () => Buffer.from('{"contracts":[]}\n'), /^not a cache part file$/],
  ] as const)('%s is refused, never decoded', ([, damage, reason]) => {
    expect(reasonOf(damage(encodePart(label, { a: 'x'.repeat(100) }, 'json')))).toMatch(reason);
  });

  test("another entry's or part's file is refused", () => {
    const bytes = encodePart(label, [1], 'v8');
    expect(reasonOf(bytes, { key: 'other', part: 'set' })).toBe('holds set of entry k0123');
    expect(reasonOf(bytes, { key: 'k0123', part: 'docs' })).toBe('holds set of entry k0123');
  });
});

describe('JSON written in pieces', () => {
  test.for([
    ['a contract set', { docs: 'x', contracts: [{ id: 'a', body: undefined, n: [1, undefined, () => 1] }, { id: 'é' }], schemas: { 'a.json': { type: 'object' }, gone: undefined }, diagnostics: [] }],
    ['nested arrays and dates', [[1, [2, [3]]], new Date(0), { deep: { deeper: { deepest: [null] } } }]],
    ['a plain value', 'text'],
    ['an empty object', {}],
  ] as const)('%s: the pieces join to JSON.stringify', ([, value]) => {
    expect([...jsonPieces(value)].join('')).toBe(JSON.stringify(value));
  });

  test('writePart leaves one whole file and no temporary one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gc-codec-'));
    try {
      const value = { contracts: Array.from({ length: 3000 }, (_, i) => ({ id: `c${i}`, title: 'Größe'.repeat(50) })) };
      writePart(join(dir, 'set.part'), label, value, 'json');
      writePart(join(dir, 'set.part'), label, value, 'json');
      expect(readdirSync(dir)).toEqual(['set.part']);
      expect(decodePart(readFileSync(join(dir, 'set.part')), label)).toEqual(value);
      expect(readFileSync(join(dir, 'set.part')).equals(encodePart(label, value, 'json'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
