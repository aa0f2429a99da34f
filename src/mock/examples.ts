import type { Contract } from '../contracts/types.js';
import { clone, exampleItems, type BodyDeps } from './body.js';
import { splitPath, type RouteNode } from './route.js';
import type { Entity } from './store.js';

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

/** The body the page documents, as the mock answers requests that read or change no stored entity (actions, functions). */
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
 * is documented as a collection, or, with no GET documented, it is a POST target ending in a
 * name. A path ending in a key (`/users/{id}`) is an entity wherever a page documents it so,
 * even when another page shows a collection there (an `$expand` example answering `value`).
 */
export function isCollectionRoute(route: RouteNode): boolean {
  let known = collectionRoutes.get(route);
  if (known === undefined) collectionRoutes.set(route, (known = decide(route)));
  return known;
}

const collectionRoutes = new WeakMap<RouteNode, boolean>();

function decide(route: RouteNode): boolean {
  const gets = route.methods.get('GET') ?? [];
  if (gets.length === 0) return route.methods.has('POST') && !endsWithKey(route);
  if (endsWithKey(route) && gets.some((c) => c.response.body === 'entity')) return false;
  return gets.some((c) => c.response.body === 'collection');
}

/** Some segment of the route is a whole key (`{id}`), as opposed to a function argument. */
export function hasKeySegment(route: RouteNode): boolean {
  return splitPath(route.template).some((segment) => /^\{[^}]*\}$/.test(segment));
}

/** The route's last segment is a key (`/users/{id}`, `users('{id}')`), not a name or function. */
function endsWithKey(route: RouteNode): boolean {
  const segments = splitPath(route.template);
  return /^\{[^}]*\}$/.test(segments[segments.length - 1] ?? '');
}
