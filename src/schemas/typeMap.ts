import type { JsonSchema } from './types.js';

/**
 * Edm primitive types (OData CSDL, https://docs.oasis-open.org/odata/odata-csdl-json/v4.01/) as
 * JSON Schema, in the shape Graph actually serializes them.
 */
const EDM: Record<string, JsonSchema> = {
  'Edm.String': { type: 'string' },
  'Edm.Boolean': { type: 'boolean' },
  'Edm.Byte': { type: 'integer', minimum: 0, maximum: 255 },
  'Edm.SByte': { type: 'integer', minimum: -128, maximum: 127 },
  'Edm.Int16': { type: 'integer', minimum: -32768, maximum: 32767 },
  'Edm.Int32': { type: 'integer', minimum: -2147483648, maximum: 2147483647 },
  // No `int64` format: ajv-formats rejects values beyond 2^53, which Graph does send for Int64
  // (as plain JSON numbers, unless the client asks for IEEE754Compatible).
  'Edm.Int64': { type: 'integer' },
  // Graph writes the IEEE special values of Double and Single as the strings "NaN", "INF", "-INF".
  'Edm.Double': { type: ['number', 'string'], pattern: '^(NaN|-?INF)$' },
  'Edm.Single': { type: ['number', 'string'], pattern: '^(NaN|-?INF)$' },
  // Decimal has no special values; it is a string only when the client asks for
  // IEEE754Compatible, which the suites never do.
  'Edm.Decimal': { type: 'number' },
  'Edm.DateTimeOffset': { type: 'string', format: 'date-time' },
  'Edm.Date': { type: 'string', format: 'date' },
  // `iso-time`, not `time`: ajv-formats' `time` demands a zone offset, and Edm.TimeOfDay has none.
  'Edm.TimeOfDay': { type: 'string', format: 'iso-time' },
  'Edm.Duration': { type: 'string', format: 'duration' },
  'Edm.Guid': { type: 'string', format: 'uuid' },
  'Edm.Binary': { type: 'string', contentEncoding: 'base64', format: 'byte' },
  // A stream property is fetched separately (`/$value`); inline it is a URL or absent.
  'Edm.Stream': { type: 'string' },
  'Edm.Json': {},
  'Edm.Untyped': {},
  'Edm.PrimitiveType': {},
};

// Module constants: a regex literal inside a function makes a new RegExp object per call.
const EDM_PREFIX = /^edm\./i;
const GEO = /^(?:edm\.)?(?:geography|geometry)/;

/**
 * Case-insensitive index, since the docs spell primitives freely (`Datetimeoffset`, `string`): by
 * lower-cased name with and without `edm.`, so that no prefixed copy of a name is made to look it up.
 */
const BY_LOWER = new Map(Object.entries(EDM).flatMap(([name, schema]) => [[name.toLowerCase(), schema] as const, [name.slice(4).toLowerCase(), schema] as const]));

/**
 * The JSON Schema for a primitive type name (`Edm.Int32`, also accepted without the `Edm.`
 * prefix), or undefined when the name is not an Edm primitive. Geography/Geometry types are
 * GeoJSON objects.
 */
export function primitiveSchema(name: string): JsonSchema | undefined {
  const lower = name.toLowerCase();
  const known = BY_LOWER.get(lower);
  if (known) return { ...known };
  if (GEO.test(lower)) return { type: 'object' };
  return undefined;
}

/** True for names in the `Edm.` namespace (known or not). */
export function isEdmName(name: string): boolean {
  // A regex rather than lower-casing the name: asked of every property type in a build.
  return EDM_PREFIX.test(name);
}

/** A fixed, valid value of a primitive type, used in place of doc placeholders like `"String (timestamp)"`. */
export function samplePrimitive(name: string): unknown {
  const lower = name.toLowerCase();
  const key = lower.startsWith('edm.') ? lower.slice(4) : lower;
  return Object.hasOwn(SAMPLES, key) ? SAMPLES[key] : undefined;
}

const SAMPLES: Record<string, unknown> = {
  string: 'string',
  boolean: false,
  byte: 0,
  sbyte: 0,
  int16: 0,
  int32: 0,
  int64: 0,
  double: 0,
  single: 0,
  decimal: 0,
  datetimeoffset: '2021-01-01T00:00:00Z',
  date: '2021-01-01',
  timeofday: '08:00:00',
  duration: 'PT1H',
  guid: '00000000-0000-0000-0000-000000000000',
  binary: 'AA==',
};
