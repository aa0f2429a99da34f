import type { JsonSchema } from './types.js';

/**
 * Lets a schema also accept `null`: as a type union when the schema has a `type` (keeps ajv
 * messages short; an `enum` gets `null` as a member too), else as `anyOf` (for `$ref`s and untyped
 * schemas, which already accept null when empty). A schema with a `type` is changed in place
 * (its `type` and `enum` replaced, never their arrays changed): callers pass schemas they have
 * just made, one per property of the reference, and a copy of each would be garbage at once.
 */
export function orNull(schema: JsonSchema): JsonSchema {
  if (isEmpty(schema)) return schema;
  // An `enum` constrains values of every type: null must be a member too.
  if (Array.isArray(schema.enum) && !schema.enum.includes(null)) schema.enum = [...(schema.enum as unknown[]), null];
  const { type } = schema;
  if (typeof type !== 'string' && !Array.isArray(type)) return { anyOf: [schema, { type: 'null' }] };
  if (typeof type === 'string') schema.type = [type, 'null'];
  else if (!type.includes('null')) schema.type = [...(type as unknown[]), 'null'];
  return schema;
}

function isEmpty(schema: JsonSchema): boolean {
  for (const key in schema) if (Object.hasOwn(schema, key)) return false;
  return true;
}
