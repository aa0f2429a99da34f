import { describe, expect, test } from 'vitest';
import { relationOf, typedObjects } from '../view/runtimeTypes.js';
import type { SchemaSet } from '../types.js';

const object = (file: string, properties: Record<string, unknown>, base?: string) => ({
  $id: file,
  ...(base ? { allOf: [{ $ref: base }] } : {}),
  type: 'object',
  properties,
});
const schemas: SchemaSet = {
  'entity.schema.json': object('entity.schema.json', { id: { type: 'string' } }),
  'directoryObject.schema.json': object('directoryObject.schema.json', {}, 'entity.schema.json'),
  'group.schema.json': object('group.schema.json', { mailEnabled: { type: 'boolean' } }, 'directoryObject.schema.json'),
  'user.schema.json': object('user.schema.json', { manager: { $ref: 'directoryObject.schema.json' } }, 'directoryObject.schema.json'),
  'message.schema.json': object('message.schema.json', {}, 'entity.schema.json'),
  'orgContact.schema.json': object('orgContact.schema.json', {}),
  'riskyUser.schema.json': object('riskyUser.schema.json', {}, 'entity.schema.json'),
  'managedTenants.riskyUser.schema.json': object('managedTenants.riskyUser.schema.json', {}, 'entity.schema.json'),
};

describe('relationOf: how the type @odata.type names relates to the declared one', () => {
  test.for([
    ['#microsoft.graph.directoryObject', 'same'],
    ['#microsoft.graph.group', 'derived'],
    ['#microsoft.graph.message', 'unrelated'],
    ['#microsoft.graph.orgContact', 'related'],
    ['#microsoft.graph.notDocumented', 'undocumented'],
  ] as const)('%s in a directoryObject place is %s', ([named, relation]) => {
    expect(relationOf(schemas, named, ['directoryObject.schema.json']).relation).toBe(relation);
  });

  test('where the docs cannot tell, never unrelated: a declared type without a documented base, one simple name in two namespaces', () => {
    expect(relationOf(schemas, '#microsoft.graph.group', ['orgContact.schema.json']).relation).toBe('related');
    expect(relationOf(schemas, '#microsoft.graph.managedTenants.riskyUser', ['riskyUser.schema.json']).relation).toBe('related');
  });

  test('typedObjects follows a derived type’s own members at any depth', () => {
    const body = { '@odata.type': '#microsoft.graph.user', manager: { '@odata.type': '#microsoft.graph.group', mailEnabled: 'true' } };
    expect(typedObjects(schemas, ['directoryObject.schema.json'], body).map((t) => [t.pointer, t.relation, t.runtime])).toEqual([
      ['', 'derived', 'user.schema.json'],
      ['/manager', 'derived', 'group.schema.json'],
    ]);
  });
});
