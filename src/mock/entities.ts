import type { Contract } from '../contracts/types.js';
import { clone, type BodyDeps } from './body.js';
import { examplesOf } from './examples.js';
import { SEED_ID } from './types.js';
import { locate, viewOf, type Located } from '../schemas/view/schemaView.js';
import { schemaFileOf } from '../schemas/view/typeOf.js';
import { describedSlots } from '../schemas/view/leaves.js';
import { typedObjects } from '../schemas/view/runtimeTypes.js';
import type { Entity } from './store.js';
import { allowsNull, fillRequired, lacksRequired } from './required.js';

/** Properties the service sets on create, whatever the client sent (when the type declares them). */
const SERVER_TIMES = ['createdDateTime', 'lastModifiedDateTime'];

function rootOf(contract: Contract, deps: BodyDeps): Located | undefined {
  return locate(deps.schemas, contract.response.schema ?? contract.request.schema);
}

const propertyViews = new WeakMap<Contract, Record<string, Located> | null>();

/** The properties of the contract's type (flattened once per contract: creates are frequent). */
function propertiesOf(contract: Contract, deps: BodyDeps): Record<string, Located> | undefined {
  let known = propertyViews.get(contract);
  if (known === undefined) {
    const root = rootOf(contract, deps);
    propertyViews.set(contract, (known = root ? viewOf(deps.schemas, root).properties : null));
  }
  return known ?? undefined;
}

/** The property is the service's to set (`readOnly`, also on a nullable wrapper's branch). */
function readOnly(at: Located | undefined): boolean {
  const s = at?.schema as { readOnly?: unknown; anyOf?: { readOnly?: unknown }[] } | undefined;
  return s?.readOnly === true || (s?.anyOf ?? []).some((branch) => branch.readOnly === true);
}

/**
 * The value a property has when no client set it: what the page shows for a read-only property
 * (the service computes it, e.g. a `state` of `provisioning`), `null` where the type allows it
 * (as Graph answers unset properties), an empty collection for a collection, else the example.
 */
function unsetValue(name: string, example: Entity, properties: Record<string, Located> | undefined): unknown {
  // Without a schema nothing says which properties the service sets: the page's example is all there is.
  if (!properties) return clone(example[name]);
  const prop = properties[name];
  if (readOnly(prop) && name in example) return clone(example[name]);
  if (allowsNull(prop)) return null;
  if (Array.isArray(example[name])) return [];
  return clone(example[name]);
}

/**
 * What a create stores: the posted properties (each validated against the type, see
 * {@link mergeInto}), the posted `@odata.type`, the new id, server-set timestamps, and every
 * other property the page's response shows as unset.
 */
export function newEntity(body: unknown, contract: Contract, deps: BodyDeps, id: string, now: Date, siblings: readonly Contract[] = []): Entity {
  // Pages documenting the same create of the same type show different fields; the answer has them all.
  const example: Entity = {};
  for (const c of [contract, ...siblings.filter((s) => s !== contract && s.response.type === contract.response.type)]) {
    for (const [name, value] of Object.entries(examplesOf(c, deps)[0] ?? {})) if (!(name in example)) example[name] = value;
  }
  const properties = propertiesOf(contract, deps);
  const entity: Entity = {};
  const posted = typeof body === 'object' && body !== null ? (body as Entity)['@odata.type'] : undefined;
  const type = typeof posted === 'string' ? posted : example['@odata.type'];
  if (typeof type === 'string') entity['@odata.type'] = type;
  for (const name of Object.keys(example)) if (!name.startsWith('@')) entity[name] = unsetValue(name, example, properties);
  mergeInto(entity, body, contract, deps);
  entity.id = id;
  for (const name of SERVER_TIMES) if (properties?.[name]) entity[name] = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return entity;
}

/**
 * Merges a request body into an entity, top-level property by property. Annotations and the id
 * are the server's to set, and a property whose value would break the type's schema is left
 * out, so what a client wrote never turns the clean mock into a contract violation.
 */
export function mergeInto(entity: Entity, body: unknown, contract: Contract, deps: BodyDeps): Entity {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return entity;
  const root = runtimeSchema(entity, deps) ?? rootOf(contract, deps)?.doc;
  const canCheck = root !== undefined && deps.validator?.has(root) === true;
  const before = canCheck ? countIssues(entity, root, deps) : 0;
  for (const [name, value] of Object.entries(body as Entity)) {
    if (name.startsWith('@') || name === 'id') continue;
    const previous = entity[name];
    entity[name] = clone(value);
    if (root !== undefined) canonicalEnums(entity, name, root, deps);
    if (canCheck && countIssues(entity, root, deps) > before) {
      if (previous === undefined) delete entity[name];
      else entity[name] = previous;
    }
  }
  return entity;
}

/**
 * The schema of the type the stored entity says it is: a PATCH does not change an entity's type,
 * so a value of another type's shape (several pages document one path for sibling derived types)
 * is not merged into it.
 */
function runtimeSchema(entity: Entity, deps: BodyDeps): string | undefined {
  const type = entity['@odata.type'];
  return typeof type === 'string' ? schemaFileOf(deps.schemas, type) : undefined;
}

/**
 * Graph reads enum members whatever their case (`"contentType": "HTML"`, as pages send it) and
 * answers the documented spelling: each enum value under `entity[name]` that matches a member but
 * for case becomes that member, by the declared type and by each object's `@odata.type`.
 */
function canonicalEnums(entity: Entity, name: string, root: string, deps: BodyDeps): void {
  const part = { [name]: entity[name] };
  const spell = (file: string, value: unknown) => {
    const schema = deps.schemas[file];
    if (!schema) return;
    for (const slot of describedSlots(deps.schemas, { schema, doc: file }, value)) {
      const members = slot.view.enum;
      if (!members || typeof slot.value !== 'string' || members.includes(slot.value)) continue;
      const wanted = slot.value.toLowerCase();
      const member = members.find((m) => typeof m === 'string' && m.toLowerCase() === wanted);
      if (member !== undefined) (slot.parent as Record<string, unknown>)[slot.key] = member;
    }
  };
  spell(root, part);
  for (const t of typedObjects(deps.schemas, [root], part)) if (t.runtime) spell(t.runtime, t.value);
  entity[name] = part[name];
}

function countIssues(entity: Entity, schema: string, deps: BodyDeps): number {
  return deps.validator!.validate(schema, entity).filter((i) => i.keyword !== 'required').length;
}

/**
 * A stored entity as this contract answers it: a copy in which every field the page's example
 * shows is present (unset ones as Graph answers them, see {@link unsetValue}) and every field
 * the contract requires is there (see `fillRequired`; a missing key is the last segment of
 * `storedAt`, the entity's store key); the entity itself when nothing is missing.
 */
export function present(entity: Entity, contract: Contract, deps: BodyDeps, storedAt?: string): Entity {
  const shown = contract.response.body === 'entity' ? shownFields(contract, deps) : [];
  const missing = shown.some((name) => !(name in entity));
  if (!missing && !lacksRequired(entity, contract)) return entity;
  const out = clone(entity);
  const example = examplesOf(contract, deps)[0] ?? {};
  const properties = propertiesOf(contract, deps);
  for (const name of shown) if (!(name in out)) out[name] = unsetValue(name, example, properties);
  // An entity stored without its key has the id its path names (`…/items/{id}`).
  const key = typeof entity.id === 'string' ? entity.id : (storedAt?.slice(storedAt.lastIndexOf('/') + 1) ?? SEED_ID);
  return fillRequired(out, contract, deps, () => key);
}

const shownCache = new WeakMap<Contract, string[]>();

/** Top-level fields the page's example shows with a value, that the type declares (all when untyped). */
function shownFields(contract: Contract, deps: BodyDeps): string[] {
  let names = shownCache.get(contract);
  if (!names) {
    const example = examplesOf(contract, deps)[0] ?? {};
    const properties = propertiesOf(contract, deps);
    names = Object.entries(example)
      .filter(([name, value]) => value !== null && !name.startsWith('@') && (!properties || name in properties))
      .map(([name]) => name);
    shownCache.set(contract, names);
  }
  return names;
}
