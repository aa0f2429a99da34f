import { describe, expect, test } from 'vitest';
import { createSchemaValidator } from '../index.js';
import { primitiveSchema, samplePrimitive } from '../typeMap.js';

const EDM = ['Edm.String', 'Edm.Boolean', 'Edm.Byte', 'Edm.Int16', 'Edm.Int32', 'Edm.Int64', 'Edm.Double', 'Edm.Single', 'Edm.Decimal', 'Edm.DateTimeOffset', 'Edm.Date', 'Edm.TimeOfDay', 'Edm.Duration', 'Edm.Guid', 'Edm.Binary'];

describe('primitiveSchema', () => {
  const schemas = Object.fromEntries(EDM.map((name) => [`${name}.schema.json`, { $id: `${name}.schema.json`, ...primitiveSchema(name) }]));
  const v = createSchemaValidator(schemas);
  test.for([
    ['Edm.DateTimeOffset', '2021-07-13T20:55:17.6475128Z', true],
    ['Edm.DateTimeOffset', '2021-07-13', false],
    ['Edm.Date', '2021-07-13', true],
    ['Edm.TimeOfDay', '08:00:00.0000000', true],
    ['Edm.TimeOfDay', '25:00:00', false],
    ['Edm.Duration', 'PT1H30M', true],
    ['Edm.Duration', '1 hour', false],
    ['Edm.Guid', '86904b1e-c7d0-4ead-b13a-98f11fc400ee', true],
    ['Edm.Guid', 'String', false],
    ['Edm.Int32', 3, true],
    ['Edm.Int32', 2 ** 31, false],
    ['Edm.Int64', 2 ** 60, true],
    ['Edm.Int64', 1.5, false],
    ['Edm.Byte', 256, false],
    ['Edm.Double', 1.5, true],
    ['Edm.Double', 'NaN', true],
    ['Edm.Single', '-INF', true],
    ['Edm.Decimal', 'lots', false],
    ['Edm.Decimal', 6943.8, true],
    ['Edm.Decimal', 'NaN', false],
    ['Edm.Boolean', 'true', false],
    ['Edm.Binary', 'AAEC', true],
    ['Edm.Binary', 'not base64!', false],
  ] as const)('%s %j → %s', ([type, value, ok]) => {
    expect(v.validate(`${type}.schema.json`, value).length === 0).toBe(ok);
  });

  test('doc spellings without the Edm prefix, geography, unknown names', () => {
    expect(primitiveSchema('datetimeoffset')).toEqual({ type: 'string', format: 'date-time' });
    expect(primitiveSchema('Edm.GeographyPoint')).toEqual({ type: 'object' });
    expect(primitiveSchema('user')).toBeUndefined();
    expect(primitiveSchema('EDM.INT32')).toEqual(primitiveSchema('int32'));
    expect(primitiveSchema('geometryPolygon')).toEqual({ type: 'object' });
    expect(primitiveSchema('Edm.Edm.String')).toBeUndefined();
    expect(primitiveSchema('callRecords.string')).toBeUndefined();
  });

  test('sample values are valid for their type', () => {
    for (const name of EDM) expect(v.validate(`${name}.schema.json`, samplePrimitive(name)), name).toEqual([]);
  });

  test('names of Object.prototype members are no primitive type', () => {
    for (const name of ['Edm.constructor', 'toString', 'Edm.__proto__', 'hasOwnProperty']) {
      expect(samplePrimitive(name), name).toBeUndefined();
      expect(primitiveSchema(name), name).toBeUndefined();
    }
  });
});
