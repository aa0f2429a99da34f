import { describe, expect, test } from 'vitest';
import { schemaAt, viewOf } from '../view/schemaView.js';
import type { SchemaSet } from '../types.js';

const set: SchemaSet = {
  'base.schema.json': { $id: 'base.schema.json', type: 'object', properties: { constructor: { type: 'string' } } },
  'odd.schema.json': {
    $id: 'odd.schema.json',
    type: 'object',
    allOf: [{ $ref: 'base.schema.json' }],
    properties: { toString: { type: 'integer' }, plain: { type: 'boolean' } },
  },
};

describe('viewOf / schemaAt', () => {
  test('properties named like Object.prototype members are found, inherited ones too', () => {
    const view = viewOf(set, { schema: set['odd.schema.json']!, doc: 'odd.schema.json' });
    expect(Object.keys(view.properties).sort()).toEqual(['constructor', 'plain', 'toString']);
    expect(view.properties.constructor).toEqual({ schema: { type: 'string' }, doc: 'base.schema.json' });
    expect(view.properties.toString).toEqual({ schema: { type: 'integer' }, doc: 'odd.schema.json' });
  });

  test('a name the schema does not declare describes nothing, whatever every object has', () => {
    const root = { schema: set['base.schema.json']!, doc: 'base.schema.json' };
    expect(schemaAt(set, root, '/constructor')).toEqual({ schema: { type: 'string' }, doc: 'base.schema.json' });
    for (const name of ['toString', 'valueOf', 'hasOwnProperty', '__proto__']) expect(schemaAt(set, root, `/${name}`), name).toBeUndefined();
  });
});
