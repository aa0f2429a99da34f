import { describe, expect, test } from 'vitest';
import { indexTypes } from '../../schemas/index.js';
import { enumType, model, prop, resource, src, t } from '../../schemas/__tests__/__fixtures__/model.js';
import { replacePlaceholders, type Lookup } from '../placeholders.js';

const isPlaceholder = (v: unknown) => typeof v === 'string' && /^(String|DateTimeOffset|Int32|Guid)( \(.*\))?$/.test(v);
const color = enumType('color', ['red', 'green']);
const inline = { members: ['a', 'b'], source: src('resources/part.md', 3) };
const part = resource('part', [prop('shade', 'color'), prop('mode', 'Edm.String', { inlineEnum: inline }), prop('count', 'Edm.Int32'), prop('at/when', 'Edm.DateTimeOffset')]);
const special = resource('special', [prop('count', 'Edm.Guid')], { baseType: 'part' });
const box = resource('box', [prop('name', 'Edm.String'), prop('parts', t('part', true)), prop('main', 'part'), prop('shades', t('color', true)), prop('nested', 'box')]);
const index = indexTypes(model({ resources: [part, special, box], enums: [color] }));
const replace = (body: unknown, type?: string, extra?: Lookup) => replacePlaceholders(body, type, index, isPlaceholder, extra);

describe('replacePlaceholders', () => {
  test('typed values replace placeholders at any depth, with their pointers; a String placeholder stays', () => {
    const body = { name: 'String', main: { shade: 'String', count: 'Int32', 'at/when': 'DateTimeOffset' }, parts: [{ mode: 'String' }, { mode: 'b', shade: 'green' }], shades: ['red', 'String'] };
    const { value, pointers } = replace(body, 'box');
    expect(value).toEqual({ name: 'String', main: { shade: 'red', count: 0, 'at/when': '2021-01-01T00:00:00Z' }, parts: [{ mode: 'a' }, { mode: 'b', shade: 'green' }], shades: ['red', 'red'] });
    expect(pointers).toEqual(['/main/shade', '/main/count', '/main/at~1when', '/parts/0/mode', '/shades/1']);
  });

  test('the input is not changed, and unchanged parts are the input itself', () => {
    const body = { name: 'x', main: { shade: 'String' }, parts: [{ mode: 'a' }] };
    const before = structuredClone(body);
    const { value } = replace(body, 'box') as { value: typeof body };
    expect(body).toEqual(before);
    expect(value).not.toBe(body);
    expect(value.main).not.toBe(body.main);
    expect(value.parts).toBe(body.parts);
    expect(replace(body.parts, 'part').value).toBe(body.parts);
  });

  test('an object is read as its own @odata.type when that is documented, else as the declared type', () => {
    const body = { main: { '@odata.type': '#microsoft.graph.special', count: 'Int32' }, nested: { '@odata.type': '#microsoft.graph.nowhere', main: { count: 'Int32' } } };
    const { value, pointers } = replace(body, 'box');
    expect(value).toEqual({ main: { '@odata.type': '#microsoft.graph.special', count: '00000000-0000-0000-0000-000000000000' }, nested: { '@odata.type': '#microsoft.graph.nowhere', main: { count: 0 } } });
    expect(pointers).toEqual(['/main/count', '/nested/main/count']);
    // An annotation naming an enum type describes no members: the object is left as it is.
    expect(replace({ main: { '@odata.type': '#microsoft.graph.color', count: 'Int32' } }, 'box').pointers).toEqual([]);
  });

  test('undeclared members and untyped bodies are left alone', () => {
    expect(replace({ other: { shade: 'String' } }, 'box').pointers).toEqual([]);
    expect(replace({ shade: 'String' }).pointers).toEqual([]);
    expect(replace('Int32').pointers).toEqual([]);
  });

  test('a lookup of its own declares the top-level members first (a request body table, a collection)', () => {
    const table: Lookup = (name) => (name === 'name' ? prop('name', 'color') : undefined);
    const { value, pointers } = replace({ name: 'String', main: { shade: 'String' }, parts: [{ shade: 'String' }] }, 'box', table);
    expect(value).toEqual({ name: 'red', main: { shade: 'red' }, parts: [{ shade: 'red' }] });
    expect(pointers).toEqual(['/name', '/main/shade', '/parts/0/shade']);
    const items: Lookup = (name) => (name === 'value' ? prop('value', t('part', true)) : undefined);
    expect(replace({ value: [{ count: 'Int32' }], count: 'Int32' }, undefined, items)).toEqual({ value: { value: [{ count: 0 }], count: 'Int32' }, pointers: ['/value/0/count'] });
  });

  test('objects nested 32 levels deep or more are left as they are', () => {
    // `n` boxes down, a part (at depth n + 1) with a placeholder count.
    const deep = (n: number): Record<string, unknown> => (n === 0 ? { main: { count: 'Int32' } } : { nested: deep(n - 1) });
    expect(replace(deep(30), 'box').pointers).toEqual([`${'/nested'.repeat(30)}/main/count`]);
    expect(replace(deep(31), 'box').pointers).toEqual([]);
  });
});
