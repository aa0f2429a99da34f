import type { Property, Resource } from '../model/types.js';
import { inlineEnumSchema } from './enumSchema.js';
import { GENERATED_NOTICE, NAVIGATION_KEYWORD, SCHEMA_DIALECT, schemaFile } from './names.js';
import { orNull } from './nullable.js';
import type { TypeIndex } from './typeIndex.js';
import { typeRefSchema } from './typeRef.js';
import { isEdmName } from './typeMap.js';
import type { JsonSchema } from './types.js';

/**
 * The schema document of a resource or complex type. Undocumented properties and `@odata.*`
 * annotations are allowed (no `additionalProperties: false`): the docs lag the service, and
 * undocumented properties are reported by a contract check instead of failing the schema.
 * `base` is the resolved base type, when the inheritance chain is sound; `inherited`, the names
 * it and its own bases declare (`declaredNames(base)`, worked out here when not given).
 */
export function resourceSchema(resource: Resource, base: Resource | undefined, index: TypeIndex, inherited: ReadonlySet<string> = base ? declaredNames(base, index) : NO_NAMES): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const p of resource.properties) {
    // The base type's schema already constrains inherited properties (through allOf).
    // An own-property test: `in` also finds Object.prototype's `constructor`, `toString`, … and
    // would skip documented properties of those names.
    if (inherited.has(p.name) || Object.hasOwn(properties, p.name)) continue;
    properties[p.name] = propertySchema(p, index);
  }
  return {
    $schema: SCHEMA_DIALECT,
    $id: schemaFile(resource.name),
    $comment: `${GENERATED_NOTICE}; from ${resource.source.file}:${resource.source.line}`,
    title: resource.name,
    type: 'object',
    ...(base ? { allOf: [{ $ref: schemaFile(base.name) }] } : {}),
    properties,
  };
}

const NO_NAMES: ReadonlySet<string> = new Set();

function propertySchema(p: Property, index: TypeIndex): JsonSchema {
  const schema = p.inlineEnum ? inlineEnumSchema(p.inlineEnum, p.type.collection) : typeRefSchema(p.type, index);
  if (p.readOnly) schema.readOnly = true;
  const property = p.nullable ? orNull(schema) : schema;
  // Only a Graph type can be navigated to: a String row in a Relationships table (`id` on
  // organizationsettings.md) is a misfiled property, answered like any other.
  if (p.navigation && !isEdmName(p.type.name)) property[NAVIGATION_KEYWORD] = true;
  return property;
}

/** Names of the properties `r` and its documented base types declare. */
export function declaredNames(r: Resource, index: TypeIndex): Set<string> {
  const names = new Set<string>();
  for (const t of baseChain(r, index)) for (const p of t.properties) names.add(p.name);
  return names;
}

/** `r` followed by its resolvable base types, stopping at the first cycle or unknown name. */
export function baseChain(r: Resource, index: TypeIndex): Resource[] {
  const chain = [r];
  let current = r;
  while (current.baseType) {
    const next = index.get(current.baseType);
    if (next?.kind !== 'resource' || chain.includes(next.resource)) break;
    chain.push(next.resource);
    current = next.resource;
  }
  return chain;
}
