import { describe, expect, test } from 'vitest';
import { escapeToken, pointerOf, setAt, slots, tokensOf, valueAt, valuesAt } from '../jsonPointer.js';

describe('JSON pointers', () => {
  test('tokens escape and unescape as RFC 6901 says', () => {
    expect(escapeToken('a/b~c')).toBe('a~1b~0c');
    expect(tokensOf('/a~1b~0c/0')).toEqual(['a/b~c', '0']);
    expect(tokensOf('')).toEqual([]);
    expect(pointerOf('permissions', 'Application', 0)).toBe('/permissions/Application/0');
  });

  test('`*` reaches every array item; an index reaches one; only own properties count', () => {
    const doc = { value: [{ status: 'a' }, { status: 'b' }, {}], 'x/y': 1 };
    expect(valuesAt(doc, '/value/*/status')).toEqual([
      { pointer: '/value/0/status', value: 'a' },
      { pointer: '/value/1/status', value: 'b' },
    ]);
    expect(valuesAt(doc, '/value/1/status')).toEqual([{ pointer: '/value/1/status', value: 'b' }]);
    expect(valuesAt(doc, '/x~1y')).toEqual([{ pointer: '/x~1y', value: 1 }]);
    expect(valuesAt(doc, '/constructor')).toEqual([]);
    expect(valuesAt(doc, '/value/length')).toEqual([]);
    expect(valuesAt(doc, '')).toEqual([{ pointer: '', value: doc }]);
  });

  test('slots name the parent and key, so a value can be replaced in place', () => {
    const doc = { value: [{ status: 'a' }] };
    const [slot] = slots(doc, '/value/*/status');
    expect(slot).toMatchObject({ key: 'status', pointer: '/value/0/status' });
    (slot!.parent as Record<string, unknown>)[slot!.key] = 'z';
    expect(doc.value[0]!.status).toBe('z');
    expect(slots(doc, '')).toEqual([]);
  });

  test('valueAt reads a concrete pointer; setAt creates what is missing', () => {
    const doc: Record<string, unknown> = { a: [{ '*': 1 }] };
    expect(valueAt(doc, '/a/0/*')).toBe(1);
    expect(valueAt(doc, '/a/1')).toBeUndefined();
    expect(setAt(doc, '/b/c', 2)).toBe(true);
    expect(doc.b).toEqual({ c: 2 });
    expect(setAt(doc, '/a/0/*/x', 3)).toBe(false);
  });
});
