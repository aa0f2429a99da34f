import type { SchemaSet } from '../types.js';

const indexes = new WeakMap<SchemaSet, Map<string, string>>();

/** The simple name of a type as `@odata.type` and pages write it: `#microsoft.graph.X` → `X`. */
export function unqualified(type: string): string {
  return type.trim().replace(/^#?microsoft\.graph\./i, '').replace(/^#/, '');
}

/** Schema file of a type name, case-insensitively (`#microsoft.graph.X` and `X` alike); undefined when the docs define none. */
export function schemaFileOf(schemas: SchemaSet, type: string): string | undefined {
  let index = indexes.get(schemas);
  // By file name without version folder: a set of both versions has the same hierarchy twice.
  if (!index) indexes.set(schemas, (index = new Map(Object.keys(schemas).reverse().map((f) => [f.slice(f.lastIndexOf('/') + 1).toLowerCase(), f]))));
  const name = unqualified(type).toLowerCase();
  // Namespaced types (`microsoft.graph.callRecords.session`) are filed by their last segment too.
  return index.get(`${name}.schema.json`) ?? index.get(`${name.slice(name.lastIndexOf('.') + 1)}.schema.json`);
}

/** The files a schema derives from: its `allOf` `$ref`s (how the build writes "Inherits from"). */
function basesOf(schemas: SchemaSet, file: string): string[] {
  const allOf = (schemas[file] as { allOf?: { $ref?: unknown }[] } | undefined)?.allOf ?? [];
  const folder = file.slice(0, file.lastIndexOf('/') + 1);
  return allOf.flatMap((part) => (typeof part.$ref === 'string' && !part.$ref.startsWith('#') ? [folder + part.$ref.split('#')[0]!.replace(/^.*\//, '')] : []));
}

/** True when the type of schema file `file` is the one of `base` or derives from it. */
export function derivesFrom(schemas: SchemaSet, file: string, base: string): boolean {
  const seen = new Set<string>();
  for (const queue = [file]; queue.length > 0; ) {
    const at = queue.pop()!;
    if (at === base) return true;
    if (seen.has(at)) continue;
    seen.add(at);
    queue.push(...basesOf(schemas, at));
  }
  return false;
}

/**
 * True when `type` is `documented` or derives from it (as Graph lists derived entities in a
 * collection of their base type). Unknown types are compared by name only.
 */
export function isOfType(schemas: SchemaSet, type: string, documented: string): boolean {
  const target = schemaFileOf(schemas, documented);
  const start = schemaFileOf(schemas, type);
  if (!target || !start) return unqualified(type).toLowerCase() === unqualified(documented).toLowerCase();
  return derivesFrom(schemas, start, target);
}

const derivedIndexes = new WeakMap<SchemaSet, Map<string, string[]>>();

/** Schema files of the types derived from `file`'s type, directly or not, in file order. */
export function derivedTypes(schemas: SchemaSet, file: string): string[] {
  let index = derivedIndexes.get(schemas);
  if (!index) {
    index = new Map();
    for (const f of Object.keys(schemas).sort()) {
      const ancestors = new Set<string>();
      for (const queue = basesOf(schemas, f); queue.length > 0; ) {
        const base = queue.pop()!;
        if (ancestors.has(base) || base === f) continue;
        ancestors.add(base);
        queue.push(...basesOf(schemas, base));
      }
      for (const base of ancestors) index.set(base, [...(index.get(base) ?? []), f]);
    }
    derivedIndexes.set(schemas, index);
  }
  return index.get(file) ?? [];
}
