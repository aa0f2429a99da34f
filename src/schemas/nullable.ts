import type { JsonSchema } from './types.js';

/**
 * Lets a schema also accept `null`: as a type union when the schema has a `type` (keeps ajv
 * messages short), else as `anyOf` (for `$ref`s and untyped schemas, which already accept null
 * when empty).
 */
export function orNull(schema: JsonSchema): JsonSchema {
  if (Object.keys(schema).length === 0) return schema;
  const { type } = schema;
  if (typeof type === 'string') return { ...schema, type: [type, 'null'] };
  if (Array.isArray(type)) return type.includes('null') ? schema : { ...schema, type: [...type, 'null'] };
  return { anyOf: [schema, { type: 'null' }] };
}
