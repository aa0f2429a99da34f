import type { JsonSchema } from './types.js';

/**
 * Lets a schema also accept `null`: as a type union when the schema has a `type` (keeps ajv
 * messages short; an `enum` gets `null` as a member too), else as `anyOf` (for `$ref`s and untyped
 * schemas, which already accept null when empty).
 */
export function orNull(schema: JsonSchema): JsonSchema {
  if (Object.keys(schema).length === 0) return schema;
  const { type } = schema;
  // An `enum` constrains values of every type: null must be a member too.
  if (Array.isArray(schema.enum) && !schema.enum.includes(null)) return orNull({ ...schema, enum: [...(schema.enum as unknown[]), null] });
  if (typeof type === 'string') return { ...schema, type: [type, 'null'] };
  if (Array.isArray(type)) return type.includes('null') ? schema : { ...schema, type: [...type, 'null'] };
  return { anyOf: [schema, { type: 'null' }] };
}
