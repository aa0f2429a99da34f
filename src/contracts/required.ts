import type { SourceRef } from '../docs/types.js';
import type { Property, Resource, TypeRef } from '../model/types.js';
import { baseChain, isEdmName, type TypeIndex } from '../schemas/index.js';
import { escapeToken } from '../util/jsonPointer.js';
import { declaredProperties, isEntity, keyOf } from './declared.js';
import { projectionOf, type Projection } from './projection.js';
import type { RequiredField } from './types.js';

/** How deep required fields are looked for inside nested complex values and expansions. */
const MAX_DEPTH = 3;

/** A path listing references (`…/$ref`). A module constant: a literal in a function is a new RegExp per call. */
const REF_PATH = /\/\$ref\/?$/i;

/** "Returned by default." as a sentence of its own (never "…is not returned by default"). */
const RETURNED_BY_DEFAULT = /(?:^|[.!?>:]\s*)Returned by default\b/i;
/** The words alone: a pattern without an alternation to try at every position. */
const SAYS_RETURNED_BY_DEFAULT = /returned by default/i;

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
  const collection: RequiredField | undefined = input.body === 'collection' ? { pointer: '/value', rule: 'collection', source: input.requestSource } : undefined;
  // `…/$ref` answers references (`{"@odata.id": …}`), not the entities they name.
  if (!input.type || REF_PATH.test(input.request.path)) return collection ? [collection] : [];
  const projection = hasOptions(input.request.query) ? projectionOf(input.request.query) : undefined;
  if (!projection || (!projection.select && projection.alsoSelected.length === 0 && projection.expand.length === 0)) {
    // What most requests ask for: the type's defaults, the same for every contract of the type.
    // `/value` sorts before every `/value/*…` pointer, so the list stays sorted.
    const defaults = sortedDefaults(input.type, input.body === 'collection' ? '/value/*' : '', input.index);
    return collection ? [collection, ...defaults] : defaults;
  }
  const out = new Map<string, RequiredField>();
  const add = (field: RequiredField) => void (out.has(field.pointer) || out.set(field.pointer, field));
  if (collection) add(collection);
  entityFields(input, input.type, input.body === 'collection' ? '/value/*' : '', projection, 0, add);
  return bySortedPointer([...out.values()]);
}

/** True when the query holds any option. */
function hasOptions(query: Record<string, string>): boolean {
  for (const k in query) if (Object.hasOwn(query, k)) return true;
  return false;
}

function bySortedPointer(fields: RequiredField[]): RequiredField[] {
  return fields.sort((a, b) => (a.pointer < b.pointer ? -1 : a.pointer > b.pointer ? 1 : 0));
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
    for (const f of complexDefaults(p, index, 1, undefined)) add(under({ ...f, pointer: `/${escapeToken(p.name)}${f.pointer}` }));
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

/** What required fields are worked out from, once per index (a build): per type, per type reference. */
interface Caches {
  names: WeakMap<Resource, Map<string, Property>>;
  defaults: WeakMap<Resource, RequiredField[]>;
  /** Whether a type's own properties add any default field. */
  ownDefaults: WeakMap<Resource, boolean>;
  sorted: WeakMap<Resource, { entity?: RequiredField[]; collection?: RequiredField[] }>;
  complex: Map<TypeRef, readonly RequiredField[]>;
}

const caches = new WeakMap<TypeIndex, Caches>();

function cacheOf(index: TypeIndex): Caches {
  let c = caches.get(index);
  if (!c) caches.set(index, (c = { names: new WeakMap(), defaults: new WeakMap(), ownDefaults: new WeakMap(), sorted: new WeakMap(), complex: new Map() }));
  return c;
}

/**
 * The fields an entity of `type` at `at` (`''` or `/value/*`) answers with no `$select`: its
 * defaults, first of a pointer kept, sorted. One frozen list per type and place, shared by the
 * contracts asking for it (most of them, for any type), like their enum fields.
 */
function sortedDefaults(type: Resource, at: '' | '/value/*', index: TypeIndex): RequiredField[] {
  const cache = cacheOf(index).sorted;
  let perPlace = cache.get(type);
  if (!perPlace) cache.set(type, (perPlace = {}));
  const place = at === '' ? 'entity' : 'collection';
  let fields = perPlace[place];
  if (!fields) {
    const byPointer = new Map<string, RequiredField>();
    for (const f of typeDefaults(type, index)) {
      const pointer = at + f.pointer;
      if (!byPointer.has(pointer)) byPointer.set(pointer, Object.freeze(at === '' ? f : { ...f, pointer }));
    }
    perPlace[place] = fields = Object.freeze(bySortedPointer([...byPointer.values()])) as RequiredField[];
  }
  return fields;
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
    // The declared properties in their order (own, then each base type's not redeclared), read
    // only in the types that add any default: base types are shared, and few pages say it.
    const declared = declaredProperties(type, index);
    for (const t of baseChain(type, index)) {
      if (!addsDefaults(t, index)) continue;
      for (const p of t.properties) if (!p.navigation && declared.get(p.name) === p) pushDefaults(fields, p, '', index, 1, undefined);
    }
    cache.set(type, fields);
  }
  return fields;
}

/** True when one of `t`'s own properties adds a default field (itself, or inside its complex value). */
function addsDefaults(t: Resource, index: TypeIndex): boolean {
  const cache = cacheOf(index).ownDefaults;
  let adds = cache.get(t);
  if (adds === undefined) {
    adds = t.properties.some((p) => !p.navigation && (returnedByDefault(p) || complexDefaults(p, index, 1, undefined).length > 0));
    cache.set(t, adds);
  }
  return adds;
}

/** The property's description says "Returned by default." (the plain words tried first: few say so). */
function returnedByDefault(p: Property): boolean {
  return SAYS_RETURNED_BY_DEFAULT.test(p.description) && RETURNED_BY_DEFAULT.test(p.description);
}

/**
 * Adds property `p`'s own "Returned by default" field and the ones inside its complex value,
 * under `prefix`. Pointers are made only for what is added: most properties add nothing.
 */
function pushDefaults(fields: RequiredField[], p: Property, prefix: string, index: TypeIndex, depth: number, seen: ReadonlySet<string> | undefined): void {
  const byDefault = returnedByDefault(p);
  const inner = complexDefaults(p, index, depth, seen);
  if (!byDefault && inner.length === 0) return;
  const pointer = `${prefix}/${escapeToken(p.name)}`;
  if (byDefault) fields.push({ pointer, rule: 'default', source: p.source });
  for (const f of inner) fields.push({ ...f, pointer: pointer + f.pointer });
}

const NONE: readonly RequiredField[] = Object.freeze([]);

/**
 * "Returned by default" members of a complex value of property `p`'s type, and of the complex
 * values inside it, relative to the property (`/*` first for a collection). Entities inside
 * complex values are not descended into: Graph inlines them only when expanded. `seen`: the
 * (lower-cased) type names already descended through.
 */
function complexDefaults(p: Property, index: TypeIndex, depth: number, seen: ReadonlySet<string> | undefined): readonly RequiredField[] {
  const name = p.type.name;
  // Primitives first, tested without lower-casing: most properties are one.
  if (depth > MAX_DEPTH || isEdmName(name)) return NONE;
  // The outermost level (no `seen` yet) is cached by type reference: properties typed by one
  // type cell share one frozen TypeRef, and the answer depends on its name and collection only.
  const cache = seen ? undefined : cacheOf(index).complex;
  const known = cache?.get(p.type);
  if (known) return known;
  const lower = name.toLowerCase();
  if (seen?.has(lower)) return NONE;
  const named = index.get(name);
  const fields: RequiredField[] = [];
  if (named?.kind === 'resource' && !isEntity(named.resource, index)) {
    const within = new Set(seen);
    within.add(lower);
    for (const q of declaredProperties(named.resource, index).values()) if (!q.navigation) pushDefaults(fields, q, p.type.collection ? '/*' : '', index, depth + 1, within);
  }
  cache?.set(p.type, fields);
  return fields;
}
