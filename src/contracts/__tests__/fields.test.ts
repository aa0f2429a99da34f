import { describe, expect, test } from 'vitest';
import { indexTypes } from '../../schemas/index.js';
import { enumType, model, prop, resource, src, t } from '../../schemas/__tests__/__fixtures__/model.js';
import { enumFields } from '../fields.js';

const color = enumType('color', ['red', 'green', 'unknownFutureValue', 'blue']);
const size = enumType('size', ['s', 'm']);
const inline = (...members: string[]) => ({ inlineEnum: { members, source: src('resources/x.md', 5) } });
// Complex values nest 4 deep below `item.deep`: with the body's type, three types are looked into.
const levels = [1, 2, 3, 4].map((n) => resource(`level${n}`, [prop('size', 'size'), prop('x', `level${n + 1}`)]));
const loop = resource('loop', [prop('size', 'size'), prop('again', 'loop'), prop('kind', 'Edm.String', inline('p', 'q'))]);
const owner = resource('owner', [prop('color', 'color')], { kind: 'entity' });
const item = resource(
  'item',
  [
    prop('color', 'color'),
    prop('colors', t('color', true)),
    prop('mode', 'Edm.String', inline('on', 'off')),
    prop('a/b', 'size'),
    prop('loops', t('loop', true)),
    prop('deep', 'level1'),
    prop('owner', 'owner'),
    prop('link', 'color', { navigation: true }),
    prop('other', 'nowhere', inline('x')),
  ],
  { kind: 'entity' },
);
const index = indexTypes(model({ resources: [item, loop, owner, ...levels], enums: [color, size] }));
const pointers = (collection: boolean) => enumFields(item, collection, index).map((f) => `${f.pointer} ${f.enum}`);

const ENTITY = [
  '/a~1b size',
  '/color color',
  '/colors/* color',
  '/deep/size size',
  '/deep/x/size size',
  '/loops/*/kind loop.kind',
  '/loops/*/size size',
  '/mode item.mode',
  '/other item.other',
];

describe('enumFields', () => {
  test('named and inline enums (of a type without a page too), in complex values two deep and never through the same type twice, not in entities, sorted', () => {
    expect(pointers(false)).toEqual(ENTITY);
  });

  test('a collection body: the same fields under /value/*', () => {
    expect(pointers(true)).toEqual(ENTITY.map((f) => `/value/*${f}`));
  });

  test('members, with where evolvable members start', () => {
    const [, colorField, , , , , , modeField] = enumFields(item, true, index);
    expect(colorField).toEqual({ pointer: '/value/*/color', enum: 'color', members: ['red', 'green', 'unknownFutureValue', 'blue'], evolvableFrom: 2 });
    expect(modeField).toEqual({ pointer: '/value/*/mode', enum: 'item.mode', members: ['on', 'off'] });
  });

  test('contracts of a type share one list that nothing can change, nor the model through it', () => {
    const list = enumFields(item, false, index);
    expect(enumFields(item, false, index)).toBe(list);
    expect(() => list[1]!.members.push('x')).toThrow();
    expect(color.members).toHaveLength(4);
    expect(Object.isFrozen(color.members)).toBe(false);
  });
});
