import { NAVIGATION_KEYWORD } from '../names.js';
import type { SchemaSet } from '../types.js';
import { propertiesOf } from './runtimeTypes.js';

const cache = new WeakMap<SchemaSet, Map<string, ReadonlySet<string>>>();

/**
 * Lower-cased names of the navigation properties a type's schema declares, own and inherited
 * (`NAVIGATION_KEYWORD`); empty for a file not in the set.
 */
export function navigationNames(schemas: SchemaSet, file: string): ReadonlySet<string> {
  let perSet = cache.get(schemas);
  if (!perSet) cache.set(schemas, (perSet = new Map()));
  let names = perSet.get(file);
  if (!names) {
    const properties = propertiesOf(schemas, file) ?? {};
    names = new Set(Object.entries(properties).flatMap(([name, at]) => (at.schema[NAVIGATION_KEYWORD] === true ? [name.toLowerCase()] : [])));
    perSet.set(file, names);
  }
  return names;
}
