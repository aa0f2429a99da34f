import type { SourceRef } from '../docs/types.js';
import type { TypeRef } from '../model/types.js';
import { schemaFile } from './names.js';
import type { TypeIndex } from './typeIndex.js';
import { isEdmName, primitiveSchema } from './typeMap.js';
import type { JsonSchema } from './types.js';

/** Type names a schema refers to but the docs never define, with every place that refers to them. */
export type Unresolved = Map<string, { name: string; sources: SourceRef[] }>;

/**
 * The schema of a value of `ref`'s element type: an Edm primitive inline, a Graph type as a
 * `$ref` to its schema file. A name the docs never define becomes `{}` (anything) and is
 * recorded in `unresolved`, so one missing page cannot make the whole schema set uncompilable.
 */
export function elementSchema(ref: TypeRef, index: TypeIndex, unresolved: Unresolved, source: SourceRef): JsonSchema {
  const primitive = primitiveSchema(ref.name);
  if (primitive) return primitive;
  const named = isEdmName(ref.name) ? undefined : index.get(ref.name);
  if (named) return { $ref: schemaFile(named.name) };
  const key = ref.name.toLowerCase();
  const entry = unresolved.get(key) ?? { name: ref.name, sources: [] };
  entry.sources.push(source);
  unresolved.set(key, entry);
  return {};
}

/** The schema of a value of `ref`: the element schema, or an array of it for collections. */
export function typeRefSchema(ref: TypeRef, index: TypeIndex, unresolved: Unresolved, source: SourceRef): JsonSchema {
  const element = elementSchema(ref, index, unresolved, source);
  return ref.collection ? { type: 'array', items: element } : element;
}
