import type { Contract } from '../contracts/types.js';
import type { SchemaSet } from '../schemas/types.js';
import type { Address } from './address.js';
import { clone, type BodyDeps } from './body.js';
import { mergeInto, newEntity, present } from './entities.js';
import { documentedBody, hasKeySegment, isCollectionRoute } from './examples.js';
import type { ProblemName } from './problems.js';
import type { RouteNode } from './route.js';
import type { Entity, MockStore } from './store.js';
import { isOfType } from '../schemas/view/typeOf.js';

/** What the store operation decided: a documented success, a collection to page, or an error template. */
export type Outcome =
  | { status: number; body?: unknown; location?: string; contentLocation?: string }
  | { status: number; collection: Listing }
  | { problem: ProblemName; message: string };

/**
 * A collection's items, read when the answer is rendered: all of them (for `$filter`,
 * `$orderby`, a type cast), or one page straight from the store, so that reading the first
 * page of a collection of 100,000 items costs a page, not the collection.
 */
export interface Listing {
  all(): { key: string; entity: Entity }[];
  /** One page without filtering, and the number of items; undefined when a cast filters. */
  page?(offset: number, size: number): { items: { key: string; entity: Entity }[]; total: number };
}

/** Everything a store operation reads or changes. */
export interface CrudState extends BodyDeps {
  store: MockStore;
  newId: () => string;
  now: () => Date;
}

/** One routed request: its contract, route, resolved address and parsed body. */
export interface CrudRequest {
  contract: Contract;
  route: RouteNode;
  address: Address;
  body?: unknown;
  /** The path ended in `/$ref`: the request reads or writes a reference, not the entity. */
  ref?: boolean;
  /** Resolves an `@odata.id` URL (of a `$ref` write) to a store key. */
  keyOfUrl?: (url: string) => string | undefined;
  /** The body is the page's own example request (whose `@odata.id` may be a `{id}` template). */
  documentedExample?: boolean;
  /** `$id` of a `DELETE …/$ref?$id=<url>`: the one reference of a collection to remove. */
  refId?: string;
  /** `refId` is the value a page's example sends (it may be a `{id}` template). */
  documentedRefId?: boolean;
}

const notFound = (key: string): Outcome => ({ problem: 'notFound', message: `Resource '${key}' does not exist or one of its queried reference-property objects are not present.` });

/** Applies a routed request to the store and says what to answer. */
export function perform(req: CrudRequest, state: CrudState): Outcome {
  const { contract, route } = req;
  const { key } = req.address;
  const status = contract.response.status;
  if (status >= 400) return { status, body: documentedBody(contract, state) };
  if (req.ref) return reference(req, state);
  // Path addressing named an item that does not exist: only a write may create it.
  if (req.address.pending && contract.request.method !== 'PUT' && contract.request.method !== 'POST') return notFound(`${req.address.pending.parentKey}/${req.address.pending.names.join('/')}`);
  const existing = state.store.get(key);
  switch (contract.request.method) {
    case 'GET':
      if (isCollectionRoute(route) && contract.response.body === 'collection') return { status, collection: list(key, req.address.cast, state) };
      // Only an unknown key is a 404: paths without one (singletons, functions) always answer.
      if (!existing) return hasKeySegment(route) ? notFound(key) : { status, body: documentedBody(contract, state) };
      return { status, body: present(existing, contract, state) };
    case 'POST': {
      if (status === 202 && isCollectionRoute(route)) return acceptCreate(req, state);
      if (status !== 201 || contract.response.body !== 'entity') return { status, body: documentedBody(contract, state) };
      const id = state.newId();
      const entity = newEntity(req.body, contract, state, id, state.now(), route.methods.get('POST'));
      const at = req.address.pending ? `${req.address.pending.parentKey}/${id}` : isCollectionRoute(route) ? `${key}/${id.toLowerCase()}` : key;
      state.store.create(at, entity, contract.response.type);
      return { status, body: entity };
    }
    case 'PATCH': {
      if (!existing) return notFound(key);
      const entity = mergeInto(clone(existing), req.body, contract, state);
      if ('lastModifiedDateTime' in entity) entity.lastModifiedDateTime = state.now().toISOString().replace(/\.\d{3}Z$/, 'Z');
      state.store.put(key, entity, contract.response.type);
      return { status, body: answersBody(contract) ? present(entity, contract, state) : undefined };
    }
    case 'PUT': {
      // PUT replaces: what the client sent, the id the entity had (or a new one), server-set times.
      const entity = newEntity(req.body, contract, state, typeof existing?.id === 'string' ? existing.id : state.newId(), state.now());
      if (!existing && !hasKeySegment(route) && !isSingletonWrite(route)) return { status, body: documentedBody(contract, state) };
      state.store.put(key, entity, contract.response.type);
      return { status, body: answersBody(contract) ? present(entity, contract, state) : undefined };
    }
    case 'DELETE': {
      return remove(req, key, status, state);
    }
    default:
      return { problem: 'methodNotAllowed', message: `Method ${contract.request.method} is not supported.` };
  }
}

/**
 * A create Graph runs asynchronously (`POST /teams` answers 202): the entity is stored at once,
 * and the answer says where, as Graph does, in `Content-Location` (and the operation to poll in
 * `Location`), with the body the page documents, if any.
 */
/** DELETE of what `key` stores; with `$id`, only the one reference of the collection it names. */
function remove(req: CrudRequest, key: string, status: number, state: CrudState): Outcome {
  if (req.refId === undefined) return state.store.delete(key) ? { status } : notFound(key);
  // One reference of the collection goes, as Graph removes it; the page's own `$id` (a template) is what the doc promises works.
  const target = req.keyOfUrl?.(req.refId);
  const entity = target ? state.store.get(target) : undefined;
  const member = entity ? state.store.items(key).find((i) => i.entity === entity) : undefined;
  if (member && state.store.delete(member.key)) return { status };
  return req.documentedRefId ? { status } : notFound(`${key}?$id=${req.refId}`);
}

function acceptCreate(req: CrudRequest, state: CrudState): Outcome {
  const { contract, route } = req;
  const id = state.newId();
  const entity = newEntity(req.body, contract, state, id, state.now(), route.methods.get('POST'));
  const at = `${req.address.key}/${id.toLowerCase()}`;
  state.store.create(at, entity, contract.response.type);
  const name = at.split('/').slice(-2, -1)[0]!;
  const documented = documentedBody(contract, state);
  // A documented body names the new entity, not the page's sample id.
  const body = typeof documented === 'object' && documented !== null && 'id' in documented ? { ...documented, id } : documented;
  return { status: 202, ...(body === undefined ? {} : { body }), location: `/${name}('${id}')/operations('${state.newId()}')`, contentLocation: `/${name}('${id}')` };
}

/** A PUT on a path without key documented as writing an entity (`PUT /me/photo`, a settings singleton). */
function isSingletonWrite(route: RouteNode): boolean {
  return route.methods.has('GET') || (route.methods.get('PUT') ?? []).some((c) => c.response.body === 'entity');
}

function answersBody(contract: Contract): boolean {
  const { body, status, example } = contract.response;
  return status !== 204 && (body === 'entity' || body === 'collection' || (body === 'unknown' && example !== undefined));
}

const typeChecks = new WeakMap<SchemaSet, Map<string, boolean>>();

/** The items of a collection, of the cast type when the path ends in one (`/memberOf/microsoft.graph.group`). */
function list(key: string, cast: string | undefined, state: CrudState): Listing {
  const all = () => {
    const items = state.store.items(key);
    return cast ? items.filter((i) => isItemOf(i.entity, i.type, cast, state.schemas)) : items;
  };
  return cast ? { all } : { all, page: (offset, size) => state.store.page(key, offset, size) };
}

/** The item is of type `wanted` (or derived from it), by its `@odata.type` or the type it was written as. */
export function isItemOf(entity: Entity, writtenAs: string | undefined, wanted: string, schemas: SchemaSet): boolean {
  const odataType = entity['@odata.type'];
  const type = typeof odataType === 'string' ? odataType.slice(odataType.lastIndexOf('.') + 1) : writtenAs;
  if (!type) return false;
  wanted = wanted.slice(wanted.lastIndexOf('.') + 1);
  const memo = `${type}>${wanted}`;
  let known = typeChecks.get(schemas);
  if (!known) typeChecks.set(schemas, (known = new Map()));
  let is = known.get(memo);
  if (is === undefined) known.set(memo, (is = isOfType(schemas, type, wanted)));
  return is;
}

/**
 * `$ref` requests: POST (and PATCH, as the user-flow pages document it) adds a reference to the
 * entity its `@odata.id` names (a group member), PUT sets a single-valued one (a manager),
 * DELETE `…/{id}/$ref` removes the reference only, GET lists the references' ids.
 */
function reference(req: CrudRequest, state: CrudState): Outcome {
  const { key } = req.address;
  const status = req.contract.response.status;
  switch (req.contract.request.method) {
    case 'POST':
    case 'PUT':
    case 'PATCH': {
      const url = (req.body as { '@odata.id'?: unknown } | undefined)?.['@odata.id'];
      // `PUT …/$ref` with `{}` clears a single-valued reference where a page of the path documents
      // that body ("to disable an API connector, the value can be {}"); elsewhere it names nothing.
      if (req.contract.request.method === 'PUT' && isEmptyObject(req.body) && documentsEmptyRef(req.route)) {
        state.store.unlink(key);
        return { status };
      }
      const target = typeof url === 'string' ? req.keyOfUrl?.(url) : undefined;
      const entity = target ? state.store.get(target) : undefined;
      if (!target || !entity) {
        // The page's own example is what the doc promises works (as for body validation), even
        // when its `@odata.id` is a template; but a reference to nothing is not recorded, so the
        // reads that follow answer as before instead of 404 for a dangling reference.
        if (!req.documentedExample) return { problem: 'badRequest', message: `The @odata.id '${String(url)}' names no existing object.` };
        return answersBody(req.contract) ? { status, body: documentedBody(req.contract, state) } : { status };
      }
      const id = typeof entity.id === 'string' ? entity.id : target.slice(target.lastIndexOf('/') + 1);
      state.store.link(req.contract.request.method === 'PUT' ? key : `${key}/${id.toLowerCase()}`, target);
      // Some pages document the referenced object as the answer (201 with the member).
      return answersBody(req.contract) ? { status, body: entity } : { status };
    }
    case 'DELETE': {
      return remove(req, key, status, state);
    }
    case 'GET':
      return { status, body: { value: state.store.items(key).map((i) => ({ '@odata.id': `https://graph.microsoft.com/v1.0/directoryObjects/${String(i.entity.id)}` })) } };
    default:
      return answersBody(req.contract) ? { status, body: documentedBody(req.contract, state) } : { status };
  }
}

function isEmptyObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0;
}

/** Some PUT page of the route sends `{}` as its request example. */
function documentsEmptyRef(route: RouteNode): boolean {
  return (route.methods.get('PUT') ?? []).some((c) => isEmptyObject(c.request.body));
}
