import type { Contract } from '../contracts/types.js';
import { clone, exampleItems, type BodyDeps } from './body.js';
import type { ProblemName } from './problems.js';
import { splitPath, type RouteNode } from './route.js';
import { locate } from '../schemas/view/schemaView.js';
import type { Entity, MockStore } from './store.js';
import { isOfType } from '../schemas/view/typeOf.js';

/** What the store operation decided: a documented success, or an error template. */
export type Outcome = { status: number; body?: unknown } | { problem: ProblemName; message: string };

/** Everything a store operation reads or changes. */
export interface CrudState extends BodyDeps {
  store: MockStore;
  newId: () => string;
  /** Restores the seed data one contract needs. */
  reseed(contract: Contract): void;
}

/** One routed request: its contract, route, store key and parsed body. */
export interface CrudRequest {
  contract: Contract;
  route: RouteNode;
  key: string;
  body?: unknown;
  /** The request named its contract (the contract header): it is one isolated test case. */
  pinned?: boolean;
}

const examples = new WeakMap<Contract, { items: unknown[]; entities: Entity[] }>();

function cached(contract: Contract, deps: BodyDeps): { items: unknown[]; entities: Entity[] } {
  return examples.get(contract) ?? primeExamples(contract, exampleItems(contract, deps));
}

/** Records a contract's example items, computed here or earlier (see `primeMock`). */
export function primeExamples(contract: Contract, items: unknown[]): { items: unknown[]; entities: Entity[] } {
  const entry = { items, entities: items.filter((i): i is Entity => typeof i === 'object' && i !== null && !Array.isArray(i)) };
  examples.set(contract, entry);
  return entry;
}

/** The contract's example entities, built once per contract. */
export function examplesOf(contract: Contract, deps: BodyDeps): Entity[] {
  return cached(contract, deps).entities;
}

/** The body the page documents, as the clean mock answers it when no state is involved. */
export function documentedBody(contract: Contract, deps: BodyDeps): unknown {
  const { items, entities } = cached(contract, deps);
  if (contract.response.status >= 400) return documentedError(contract);
  if (contract.response.body === 'collection') return { value: clone(items) };
  const kind = contract.response.body;
  return kind === 'none' || (kind === 'unknown' && contract.response.example === undefined) ? undefined : clone(entities[0] ?? contract.response.example);
}

/** A documented error response (some pages show one as their example) in Graph's envelope. */
function documentedError(contract: Contract): unknown {
  const example = contract.response.example as { error?: unknown } | undefined;
  if (example && typeof example.error === 'object' && example.error !== null) return clone(example);
  return { error: { code: 'Error', message: `${contract.response.status} as documented by ${contract.page}` } };
}

/**
 * Whether a route addresses a collection (POST adds an item below it, GET lists items): its GET
 * is documented as a collection, or, with no GET documented, it is a POST target ending in a name.
 */
export function isCollectionRoute(route: RouteNode): boolean {
  const gets = route.methods.get('GET') ?? [];
  if (gets.some((c) => c.response.body === 'collection')) return true;
  if (gets.length > 0) return false;
  return route.methods.has('POST') && !endsWithParameter(route);
}

/** Some segment of the route is a whole key (`{id}`), as opposed to a function argument. */
function hasKeySegment(route: RouteNode): boolean {
  return splitPath(route.template).some((segment) => /^\{[^}]*\}$/.test(segment));
}

/** The route's last segment is a key (`/users/{id}`, `users('{id}')`), not a name. */
function endsWithParameter(route: RouteNode): boolean {
  return /\}'?\)?$/.test(route.template.trim());
}

/** Applies a routed request to the store and says what to answer. */
export function perform(req: CrudRequest, state: CrudState): Outcome {
  const { contract, route, key } = req;
  const status = contract.response.status;
  const documented = contract.response.body === 'entity' || contract.response.body === 'collection' || (contract.response.body === 'unknown' && contract.response.example !== undefined);
  if (status >= 400) return { status, body: documentedBody(contract, state) };
  // A request naming its contract is one isolated case: seed data another case deleted comes back.
  if (req.pinned && !state.store.has(key) && state.store.wasSeeded(key)) state.reseed(contract);
  const existing = state.store.get(key);
  const missing: Outcome = { problem: 'notFound', message: `Resource '${key}' does not exist or one of its queried reference-property objects are not present.` };
  switch (contract.request.method) {
    case 'GET':
      if (isCollectionRoute(route) && contract.response.body === 'collection') {
        // Pages of derived types list a shared collection: each lists the items of its own type (and types derived from it).
        const items = state.store.pristine(key) ? examplesOf(contract, state) : state.store.items(key).filter((i) => sameType(i.entity, contract, state, i.type)).map((i) => i.entity);
        return { status, body: { value: items.map((e) => present(e, contract, state)) } };
      }
      // Only an unknown key is a 404: paths without one (singletons, functions) always answer.
      if (!existing) return hasKeySegment(route) ? missing : { status, body: documentedBody(contract, state) };
      return { status, body: present(ownExample(existing, key, contract, state), contract, state) };
    case 'POST': {
      if (status !== 201 || contract.response.body !== 'entity') return { status, body: documentedBody(contract, state) };
      const id = state.newId();
      const entity = merge({ ...clone(examplesOf(contract, state)[0] ?? {}), id }, req.body, contract, state);
      entity.id = id;
      state.store.create(isCollectionRoute(route) ? `${key}/${id.toLowerCase()}` : key, entity, contract.response.type);
      return { status, body: present(entity, contract, state) };
    }
    case 'PATCH': {
      if (!existing) return missing;
      const entity = merge(clone(ownExample(existing, key, contract, state)), req.body, contract, state);
      state.store.put(key, entity, contract.response.type);
      return { status, body: documented && status !== 204 ? present(entity, contract, state) : undefined };
    }
    case 'PUT': {
      const base = clone(existing ? ownExample(existing, key, contract, state) : (examplesOf(contract, state)[0] ?? {}));
      const entity = merge(base, req.body, contract, state);
      entity.id ??= state.newId();
      state.store.put(key, entity, contract.response.type);
      return { status, body: documented && status !== 204 ? present(entity, contract, state) : undefined };
    }
    case 'DELETE':
      return state.store.delete(key) ? { status } : missing;
    default:
      return { problem: 'methodNotAllowed', message: `Method ${contract.request.method} is not supported.` };
  }
}

/**
 * The entity as this contract sees it. A pristine seed, or an entity of another type (pages of
 * derived types share a path, e.g. `/deviceManagement/deviceConfigurations/{id}`), takes this
 * contract's own example values, keeping its id.
 */
function ownExample(existing: Entity, key: string, contract: Contract, state: CrudState): Entity {
  const same = sameType(existing, contract, state, state.store.typeOf(key), true);
  const own = state.store.pristine(key) || !same ? examplesOf(contract, state)[0] : undefined;
  return own ? { ...(same ? existing : {}), ...own, ...(existing.id === undefined ? {} : { id: existing.id }) } : existing;
}

/**
 * The entity is of the contract's documented type (or, unless `exact`, of a type derived from
 * it), by its `@odata.type` or else by the type of the contract that wrote it; an entity of
 * unknown type is taken to be of any.
 */
function sameType(entity: Entity, contract: Contract, deps: BodyDeps, writtenAs?: string, exact = false): boolean {
  const odataType = entity['@odata.type'];
  const type = typeof odataType === 'string' ? odataType.slice(odataType.lastIndexOf('.') + 1) : writtenAs;
  const documented = contract.response.type;
  if (!type || !documented) return true;
  return exact ? type.toLowerCase() === documented.toLowerCase() : isOfType(deps.schemas, type, documented);
}

/**
 * A stored entity as this contract answers it: a shallow copy with the contract's required
 * fields filled (later stages copy before they change nested values).
 */
function present(entity: Entity, contract: Contract, deps: BodyDeps): Entity {
  const out = { ...entity };
  const example = examplesOf(contract, deps)[0];
  for (const name of contract.response.requiredFields) {
    if (!(name in out) && example && name in example) out[name] = clone(example[name]);
  }
  return out;
}

/**
 * Merges a request body into an entity, top-level property by property. Annotations are the
 * server's to set, and a property whose value would break the response schema is left out, so
 * what a client wrote never turns the clean mock into a contract violation.
 */
function merge(entity: Entity, body: unknown, contract: Contract, deps: BodyDeps): Entity {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return entity;
  const root = locate(deps.schemas, contract.response.schema ?? contract.request.schema);
  const canCheck = root !== undefined && deps.validator?.has(root.doc) === true;
  const before = canCheck ? countIssues(entity, root.doc, deps) : 0;
  for (const [name, value] of Object.entries(body as Entity)) {
    if (name.startsWith('@') || name === 'id') continue;
    const previous = entity[name];
    entity[name] = clone(value);
    if (canCheck && countIssues(entity, root.doc, deps) > before) {
      if (previous === undefined) delete entity[name];
      else entity[name] = previous;
    }
  }
  return entity;
}

function countIssues(entity: Entity, schema: string, deps: BodyDeps): number {
  return deps.validator!.validate(schema, entity).filter((i) => i.keyword !== 'required').length;
}
