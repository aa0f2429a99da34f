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
