import type { SourceRef } from '../docs/types.js';
import type { Property, Resource } from '../model/types.js';
import type { TypeIndex } from '../schemas/index.js';
import { escapeToken } from '../util/jsonPointer.js';
import { declaredProperties, isEntity, keyOf } from './declared.js';
import { projectionOf, type Projection } from './projection.js';
import type { RequiredField } from './types.js';

/** How deep required fields are looked for inside nested complex values and expansions. */
const MAX_DEPTH = 3;

/** "Returned by default." as a sentence of its own (never "…is not returned by default"). */
const RETURNED_BY_DEFAULT = /(?:^|[.!?>:]\s*)Returned by default\b/i;

/** What deciding the required fields of a contract reads. */
export interface RequiredInput {
  body: 'entity' | 'collection';
  type: Resource | undefined;
  /** The request: its own `$select`/`$expand` decide, and a `/$ref` path lists references. */
  request: { path: string; query: Record<string, string> };
  /** Doc line of the request, for fields the request asks for. */
  requestSource: SourceRef;
  index: TypeIndex;
}

/**
 * The fields every answer of a request must hold, as pointers (`*` = every array item); each is
 * required wherever its parent is an object. The rule (ARCHITECTURE.md, "Required fields"):
 * `value` of a collection; the key of every entity (the body, each `value` item, each expanded
 * entity), unless `$select` leaves the key out; what `$select` names and the type declares;
 * each `$expand`ed navigation property; and, where no `$select` narrows the answer, every
 * property the type's page marks "Returned by default", at any depth of complex values. Nothing
 * is required because an example shows it: pages show properties that are "Returned only on
 * $select" or only for some entities (event.cancelledOccurrences). Pure; sorted by pointer.
 */
export function requiredFields(input: RequiredInput): RequiredField[] {
  const out = new Map<string, RequiredField>();
  const add = (field: RequiredField) => void (out.has(field.pointer) || out.set(field.pointer, field));
  if (input.body === 'collection') add({ pointer: '/value', rule: 'collection', source: input.requestSource });
  // `…/$ref` answers references (`{"@odata.id": …}`), not the entities they name.
  if (input.type && !/\/\$ref\/?$/i.test(input.request.path)) {
    entityFields(input, input.type, input.body === 'collection' ? '/value/*' : '', projectionOf(input.request.query), 0, add);
  }
  return [...out.values()].sort((a, b) => (a.pointer < b.pointer ? -1 : a.pointer > b.pointer ? 1 : 0));
}

function entityFields(input: RequiredInput, type: Resource, at: string, projection: Projection, depth: number, add: (f: RequiredField) => void): void {
  const { index, requestSource } = input;
  const byName = namesOf(type, index);
  const structural = (name: string) => {
    const p = byName.get(name.trim().toLowerCase());
    return p && !p.navigation ? p : undefined;
  };
  const under = (field: RequiredField): RequiredField => ({ ...field, pointer: at + field.pointer });
  const select = (p: Property) => {
    add({ pointer: `${at}/${escapeToken(p.name)}`, rule: 'selected', source: requestSource });
    for (const f of complexDefaults(p, index)) add(under({ ...f, pointer: `/${escapeToken(p.name)}${f.pointer}` }));
  };
  if (projection.select) {
    for (const name of projection.select) {
      const p = structural(name);
      if (p) select(p);
    }
  } else {
    for (const f of typeDefaults(type, index)) add(under(f));
    for (const name of projection.alsoSelected) {
      const p = structural(name);
      if (p) select(p);
    }
  }
  for (const item of projection.expand) {
    const p = byName.get(item.name.toLowerCase());
    if (!p) continue;
    const pointer = `${at}/${escapeToken(p.name)}`;
    add({ pointer, rule: 'expanded', source: requestSource });
    const target = index.get(p.type.name);
    if (target?.kind === 'resource' && isEntity(target.resource, index) && depth < MAX_DEPTH) {
      entityFields(input, target.resource, `${pointer}${p.type.collection ? '/*' : ''}`, item.projection, depth + 1, add);
    }
  }
}

const caches = new WeakMap<TypeIndex, { names: WeakMap<Resource, Map<string, Property>>; defaults: WeakMap<Resource, RequiredField[]>; complex: Map<string, RequiredField[]> }>();

function cacheOf(index: TypeIndex) {
  let c = caches.get(index);
  if (!c) caches.set(index, (c = { names: new WeakMap(), defaults: new WeakMap(), complex: new Map() }));
  return c;
}

/** Declared properties by lower-cased name ($select and $expand names are case-insensitive). */
function namesOf(type: Resource, index: TypeIndex): Map<string, Property> {
  const cache = cacheOf(index).names;
  let names = cache.get(type);
  if (!names) cache.set(type, (names = new Map([...declaredProperties(type, index).values()].map((p) => [p.name.toLowerCase(), p]))));
  return names;
}

/** What an entity of `type` answers with no `$select`: its key and its "Returned by default" members, at any depth (relative pointers). */
function typeDefaults(type: Resource, index: TypeIndex): RequiredField[] {
  const cache = cacheOf(index).defaults;
  let fields = cache.get(type);
  if (!fields) {
    fields = [];
    const key = isEntity(type, index) ? keyOf(type, index) : undefined;
    if (key) fields.push({ pointer: `/${escapeToken(key.name)}`, rule: 'key', source: key.source });
    for (const p of declaredProperties(type, index).values()) {
      if (p.navigation) continue;
      const pointer = `/${escapeToken(p.name)}`;
      if (RETURNED_BY_DEFAULT.test(p.description)) fields.push({ pointer, rule: 'default', source: p.source });
      for (const f of complexDefaults(p, index)) fields.push({ ...f, pointer: pointer + f.pointer });
    }
    cache.set(type, fields);
  }
  return fields;
}

/**
 * "Returned by default" members of a complex value of property `p`'s type, and of the complex
 * values inside it, relative to the property (`/*` first for a collection). Entities inside
 * complex values are not descended into: Graph inlines them only when expanded.
 */
function complexDefaults(p: Property, index: TypeIndex, depth = 1, seen: ReadonlySet<string> = new Set()): RequiredField[] {
  const name = p.type.name;
  if (depth > MAX_DEPTH || name.toLowerCase().startsWith('edm.') || seen.has(name.toLowerCase())) return [];
  const cacheKey = `${name.toLowerCase()}|${p.type.collection}|${depth}`;
  const cache = cacheOf(index).complex;
  const known = seen.size === 0 ? cache.get(cacheKey) : undefined;
  if (known) return known;
  const named = index.get(name);
  const fields: RequiredField[] = [];
  if (named?.kind === 'resource' && !isEntity(named.resource, index)) {
    const inner = p.type.collection ? '/*' : '';
    const within = new Set([...seen, name.toLowerCase()]);
    for (const q of declaredProperties(named.resource, index).values()) {
      if (q.navigation) continue;
      const pointer = `${inner}/${escapeToken(q.name)}`;
      if (RETURNED_BY_DEFAULT.test(q.description)) fields.push({ pointer, rule: 'default', source: q.source });
      for (const f of complexDefaults(q, index, depth + 1, within)) fields.push({ ...f, pointer: pointer + f.pointer });
    }
  }
  if (seen.size === 0) cache.set(cacheKey, fields);
  return fields;
}
