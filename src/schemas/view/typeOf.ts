import type { SchemaSet } from '../types.js';

const indexes = new WeakMap<SchemaSet, Map<string, string>>();

/** Schema file of a type name, case-insensitively (`#microsoft.graph.X` and `X` alike). */
function fileOf(schemas: SchemaSet, type: string): string | undefined {
  let index = indexes.get(schemas);
  // By file name without version folder: a set of both versions has the same hierarchy twice.
  if (!index) indexes.set(schemas, (index = new Map(Object.keys(schemas).reverse().map((f) => [f.slice(f.lastIndexOf('/') + 1).toLowerCase(), f]))));
  return index.get(`${type.replace(/^#?microsoft\.graph\./i, '')}.schema.json`.toLowerCase());
}

/** The files a schema derives from: its `allOf` `$ref`s (how the build writes "Inherits from"). */
function basesOf(schemas: SchemaSet, file: string): string[] {
  const allOf = (schemas[file] as { allOf?: { $ref?: unknown }[] } | undefined)?.allOf ?? [];
  const folder = file.slice(0, file.lastIndexOf('/') + 1);
  return allOf.flatMap((part) => (typeof part.$ref === 'string' && !part.$ref.startsWith('#') ? [folder + part.$ref.split('#')[0]!.replace(/^.*\//, '')] : []));
}

/**
 * True when `type` is `documented` or derives from it (as Graph lists derived entities in a
 * collection of their base type). Unknown types are compared by name only.
 */
export function isOfType(schemas: SchemaSet, type: string, documented: string): boolean {
  const target = fileOf(schemas, documented);
  const start = fileOf(schemas, type);
  if (!target || !start) return type.replace(/^#?microsoft\.graph\./i, '').toLowerCase() === documented.replace(/^#?microsoft\.graph\./i, '').toLowerCase();
  const seen = new Set<string>();
  for (const queue = [start]; queue.length > 0; ) {
    const file = queue.pop()!;
    if (file === target) return true;
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...basesOf(schemas, file));
  }
  return false;
}
