import { describe, expect, test } from 'vitest';
import { compileAll, createSchemaValidator, deriveSchemas } from '../index.js';
import { enumType, model, prop, resource, t } from './__fixtures__/model.js';

const status = enumType('syncStatus', ['paused', 'inProgress', 'unknownFutureValue', 'quarantined']);
const entity = resource('entity', [prop('id', 'Edm.String', { nullable: false })], { kind: 'entity' });
const profileStatus = resource(
  'profileStatus',
  [
    prop('id', 'Edm.String', { inheritedFrom: 'entity', nullable: false }),
    prop('status', 'syncStatus'),
    prop('lastSynchronizationDateTime', 'Edm.DateTimeOffset'),
    prop('errorCount', 'Edm.Int32', { nullable: false, readOnly: true }),
    prop('tags', t('Edm.String', true)),
    prop('details', t('Detail', true)),
    prop('ratio', 'Edm.Double'),
    prop('mystery', 'undocumentedThing'),
  ],
  { kind: 'entity', baseType: 'entity' },
);
const detail = resource('Detail', [prop('when', 'Edm.Date'), prop('at', 'Edm.TimeOfDay'), prop('took', 'Edm.Duration'), prop('blob', 'Edm.Binary'), prop('ref', 'Edm.Guid')]);
const set = deriveSchemas(model({ resources: [entity, profileStatus, detail], enums: [status] }));

describe('deriveSchemas', () => {
  test('one schema per resource, complex and enum type, $id = file name', () => {
    expect(Object.keys(set.schemas).sort()).toEqual(['Detail.schema.json', 'entity.schema.json', 'profileStatus.schema.json', 'syncStatus.schema.json']);
    for (const [file, schema] of Object.entries(set.schemas)) {
      expect(schema.$id).toBe(file);
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    }
  });

  test('maps property types, nullability, collections, refs and inheritance', () => {
    const s = set.schemas['profileStatus.schema.json']!;
    expect(s.allOf).toEqual([{ $ref: 'entity.schema.json' }]);
    expect(s.additionalProperties).toBeUndefined();
    const props = s.properties as Record<string, unknown>;
    expect(props.id).toBeUndefined(); // declared by the base type
    expect(props.status).toEqual({ anyOf: [{ $ref: 'syncStatus.schema.json' }, { type: 'null' }] });
    expect(props.lastSynchronizationDateTime).toEqual({ type: ['string', 'null'], format: 'date-time' });
    expect(props.errorCount).toEqual({ type: 'integer', minimum: -2147483648, maximum: 2147483647, readOnly: true });
    expect(props.tags).toEqual({ type: ['array', 'null'], items: { type: 'string' } });
    expect(props.details).toEqual({ type: ['array', 'null'], items: { $ref: 'Detail.schema.json' } });
    expect(props.mystery).toEqual({});
    expect(set.schemas['syncStatus.schema.json']!.enum).toEqual(['paused', 'inProgress', 'unknownFutureValue', 'quarantined']);
  });

  test('properties named like Object.prototype members get a schema like any other', () => {
    // Doc names are data: `constructor` or `toString` is a property, not something every object has.
    const odd = resource('odd', [prop('constructor', 'Edm.String'), prop('toString', 'Edm.Int32'), prop('hasOwnProperty', 'Edm.Boolean'), prop('toString', 'Edm.String')]);
    const props = deriveSchemas(model({ resources: [odd] })).schemas['odd.schema.json']!.properties as Record<string, unknown>;
    expect(Object.keys(props)).toEqual(['constructor', 'toString', 'hasOwnProperty']);
    expect(props.constructor).toEqual({ type: ['string', 'null'] });
    // The first row of a repeated name wins, as for any other name.
    expect(props.toString).toEqual({ type: ['integer', 'null'], minimum: -2147483648, maximum: 2147483647 });
  });

  test('a navigation property is marked with the OpenAPI keyword Graph\'s own description uses, and validates as before', () => {
    // A String row in a Relationships table (`id` on organizationsettings.md) is no navigation property.
    const owner = resource('owner', [prop('id', 'Edm.String', { nullable: false, navigation: true }), prop('name', 'Edm.String'), prop('items', t('Detail', true), { navigation: true })], { kind: 'entity' });
    const out = deriveSchemas(model({ resources: [owner, detail] }));
    const props = out.schemas['owner.schema.json']!.properties as Record<string, Record<string, unknown>>;
    expect(props.items).toEqual({ type: ['array', 'null'], items: { $ref: 'Detail.schema.json' }, 'x-ms-navigationProperty': true });
    expect(props.name).not.toHaveProperty('x-ms-navigationProperty');
    expect(props.id).toEqual({ type: 'string' });
    const validate = createSchemaValidator(out.schemas);
    expect(validate.validate('owner.schema.json', { id: '1', items: [{ when: '2021-01-01' }] }, '')).toEqual([]);
    expect(validate.validate('owner.schema.json', { id: '1', items: 'no' }, '').map((i) => i.pointer)).toEqual(['/items']);
  });

  test('undocumented property types accept anything; undocumented base types are reported', () => {
    const orphan = resource('orphan', [prop('x', 'nowhere', { nullable: false })], { baseType: 'missingBase' });
    const out = deriveSchemas(model({ resources: [orphan] }));
    expect(out.diagnostics.map((d) => d.rule)).toEqual(['base-type-unresolved']);
    expect(out.schemas['orphan.schema.json']!.properties).toEqual({ x: {} });
    expect(out.schemas['orphan.schema.json']!.allOf).toBeUndefined();
  });

  test('breaks inheritance cycles and reports them', () => {
    const a = resource('a', [], { baseType: 'b' });
    const b = resource('b', [], { baseType: 'a' });
    const out = deriveSchemas(model({ resources: [a, b] }));
    expect(out.diagnostics.filter((d) => d.rule === 'base-type-cycle')).toHaveLength(2);
    expect(compileAll(out.schemas)).toEqual([]);
  });

  test('case-insensitive name clashes keep the first name', () => {
    const out = deriveSchemas(model({ resources: [resource('Thing', []), resource('thing', [])] }));
    expect(Object.keys(out.schemas)).toEqual(['Thing.schema.json']);
    expect(out.diagnostics.map((d) => d.rule)).toEqual(['type-name-clash']);
  });

  test('every schema compiles', () => {
    expect(compileAll(set.schemas)).toEqual([]);
  });
});

describe('createSchemaValidator', () => {
  const v = createSchemaValidator(set.schemas);
  const valid = {
    '@odata.context': 'https://graph.microsoft.com/beta/$metadata#x',
    id: 'abc',
    status: 'quarantined',
    lastSynchronizationDateTime: '2021-07-13T20:55:17.6475128Z',
    errorCount: 0,
    tags: ['a'],
    details: [{ when: '2021-01-01', at: '08:00:00.0000000', took: 'PT1H', blob: 'AA==', ref: '86904b1e-c7d0-4ead-b13a-98f11fc400ee' }],
    ratio: 'NaN',
    undocumented: { anything: true },
    status2: null,
  };
  test.for([
    { name: 'valid body', value: valid, issues: [] },
    { name: 'nulls where nullable', value: { id: 'x', status: null, lastSynchronizationDateTime: null, errorCount: 1 }, issues: [] },
    { name: 'enum member', value: { ...valid, status: 'String' }, issues: [{ pointer: '/body/status', keyword: 'enum', actual: 'String' }] },
    { name: 'date-time format', value: { ...valid, lastSynchronizationDateTime: 'String (timestamp)' }, issues: [{ pointer: '/body/lastSynchronizationDateTime', keyword: 'format', expected: 'date-time' }] },
    { name: 'inherited non-null id', value: { ...valid, id: null }, issues: [{ pointer: '/body/id', keyword: 'type', expected: 'string' }] },
    { name: 'nested item format', value: { ...valid, details: [{ ref: 'nope' }] }, issues: [{ pointer: '/body/details/0/ref', keyword: 'format' }] },
    { name: 'number as bad string', value: { ...valid, ratio: 'many' }, issues: [{ pointer: '/body/ratio', keyword: 'pattern' }] },
    { name: 'integer', value: { ...valid, errorCount: 1.5 }, issues: [{ pointer: '/body/errorCount', keyword: 'type' }] },
  ])('$name', ({ value, issues }) => {
    const got = v.validate('profileStatus.schema.json', value, '/body');
    expect(got).toHaveLength(issues.length);
    got.forEach((issue, i) => expect(issue).toMatchObject(issues[i]!));
    for (const issue of got) expect(issue.message).toContain(issue.pointer);
  });

  test('has() knows the set', () => {
    expect(v.has('syncStatus.schema.json')).toBe(true);
    expect(v.has('nope.schema.json')).toBe(false);
  });

  test('readable enum message with expected and actual', () => {
    const [issue] = v.validate('syncStatus.schema.json', 'bogus');
    expect(issue).toEqual({
      pointer: '',
      keyword: 'enum',
      message: '/ must be one of "paused", "inProgress", "unknownFutureValue", "quarantined" (got "bogus")',
      expected: ['paused', 'inProgress', 'unknownFutureValue', 'quarantined'],
      actual: 'bogus',
    });
  });
});
