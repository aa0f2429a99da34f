import type { TypeRef } from '../model/types.js';
import { schemaFile } from './names.js';
import type { TypeIndex } from './typeIndex.js';
import { isEdmName, primitiveSchema } from './typeMap.js';
import type { JsonSchema } from './types.js';

/**
 * The schema of a value of `ref`'s element type: an Edm primitive inline, a Graph type as a
 * `$ref` to its schema file. A name the docs never define becomes `{}` (anything), so one
 * missing page cannot make the schema set uncompilable (the model reports the missing page).
 */
export function elementSchema(ref: TypeRef, index: TypeIndex): JsonSchema {
  const primitive = primitiveSchema(ref.name);
  if (primitive) return primitive;
  const named = isEdmName(ref.name) ? undefined : index.get(ref.name);
  return named ? { $ref: schemaFile(named.name) } : {};
}

/** The schema of a value of `ref`: the element schema, or an array of it for collections. */
export function typeRefSchema(ref: TypeRef, index: TypeIndex): JsonSchema {
  const element = elementSchema(ref, index);
  return ref.collection ? { type: 'array', items: element } : element;
}
