import type { Property, Resource } from '../model/types.js';
import { baseChain, type TypeIndex } from '../schemas/index.js';

const cache = new WeakMap<TypeIndex, WeakMap<Resource, Map<string, Property>>>();

/**
 * Every property a resource declares, own and inherited through documented base types, by name.
 * An own property wins over an inherited one of the same name. Cached per index and resource.
 */
export function declaredProperties(r: Resource, index: TypeIndex): Map<string, Property> {
  let perIndex = cache.get(index);
  if (!perIndex) cache.set(index, (perIndex = new WeakMap()));
  let props = perIndex.get(r);
  if (!props) {
    props = new Map();
    for (const t of baseChain(r, index)) for (const p of t.properties) if (!props.has(p.name)) props.set(p.name, p);
    perIndex.set(r, props);
  }
  return props;
}

/**
 * `declaredProperties` of the type a name resolves to (as `index.get` resolves it): undefined for
 * a name that resolves to nothing, null for one that resolves to an enum.
 */
export type DeclaredByName = (name: string) => Map<string, Property> | null | undefined;

const byName = new WeakMap<TypeIndex, DeclaredByName>();

/**
 * `declaredProperties` by type name, one table per index: a body walk asks it for every object
 * it meets, and one map lookup by name costs less than resolving the name and then the type.
 */
export function declaredByName(index: TypeIndex): DeclaredByName {
  let lookup = byName.get(index);
  if (!lookup) {
    // `false`: the name resolves to nothing (one lookup per call either way).
    const known = new Map<string, Map<string, Property> | null | false>();
    lookup = (name) => {
      let props = known.get(name);
      if (props === undefined) {
        const t = index.get(name);
        props = t === undefined ? false : t.kind === 'resource' ? declaredProperties(t.resource, index) : null;
        known.set(name, props);
      }
      return props === false ? undefined : props;
    };
    byName.set(index, lookup);
  }
  return lookup;
}

const entities = new WeakMap<TypeIndex, WeakMap<Resource, boolean>>();

/** True when `r` or one of its base types is an entity (has a key). Cached per index and resource. */
export function isEntity(r: Resource, index: TypeIndex): boolean {
  let perIndex = entities.get(index);
  if (!perIndex) entities.set(index, (perIndex = new WeakMap()));
  let entity = perIndex.get(r);
  if (entity === undefined) perIndex.set(r, (entity = baseChain(r, index).some((t) => t.kind === 'entity')));
  return entity;
}

/**
 * The key property of an entity type: the `keyProperty` its page (or a base type's) declares,
 * else `id`; undefined when the type declares neither.
 */
export function keyOf(r: Resource, index: TypeIndex): Property | undefined {
  const props = declaredProperties(r, index);
  const named = baseChain(r, index).find((t) => t.keyProperty)?.keyProperty ?? 'id';
  return props.get(named) ?? (named === 'id' ? { name: 'id', type: { name: 'Edm.String', collection: false }, description: '', nullable: false, readOnly: true, navigation: false, source: r.source } : undefined);
}
