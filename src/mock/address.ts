import type { SchemaSet } from '../schemas/types.js';
import type { Router } from './route.js';
import { entityTypeOf } from './routeType.js';
import { keyOf, type MockStore } from './store.js';
import { isOfType } from '../schemas/view/typeOf.js';
import { ME_ID, SEED_ID } from './types.js';

/** Where a request path points in the store. */
export interface Address {
  /** Canonical store key of the addressed entity or collection. */
  key: string;
  /** A trailing type-cast segment (`/memberOf/microsoft.graph.group`): only items of this type. */
  cast?: string;
  /**
   * OneDrive path addressing naming an item that does not exist yet: the children collection it
   * would be created in and the names on the way (missing folders first, the item last).
   */
  pending?: { parentKey: string; names: string[] };
}

/** What resolving an address reads. */
export interface AddressDeps {
  store: MockStore;
  router: Router;
  set: { schemas: SchemaSet };
}

const CAST = /^microsoft\.graph\.[A-Za-z0-9_.]+$/i;

/**
 * Resolves a request path (decoded segments, without version) the way Graph does: `/me` is the
 * signed-in user (the seeded {@link ME_ID}), a trailing type cast filters, OneDrive path
 * addressing (`root:/a/b.txt:`) walks item names, `/users/{userPrincipalName}` finds the user,
 * and an id stored under another path (`/drives/{id}` for `/users/{id}/drive`) reaches that
 * entity. Aliases are looked up only when the path itself holds nothing.
 */
export function resolveAddress(raw: readonly string[], deps: AddressDeps): Address {
  let segments = raw[0]?.toLowerCase() === 'me' ? ['users', ME_ID, ...raw.slice(1)] : [...raw];
  let cast: string | undefined;
  if (segments.length > 1 && CAST.test(segments[segments.length - 1]!)) cast = segments.pop()!.slice('microsoft.graph.'.length);
  const at = segments.findIndex((s) => s.includes(':/') || (s.endsWith(':') && s.length > 1));
  if (at >= 0) {
    const walked = walkItemPath(segments.slice(0, at), segments[at]!, deps);
    if ('pending' in walked) return { key: walked.pending.parentKey, pending: walked.pending, ...(cast ? { cast } : {}) };
    segments = [...walked.segments, ...segments.slice(at + 1)];
  }
  const key = keyOf(segments);
  const done = (k: string): Address => ({ key: k, ...(cast ? { cast } : {}) });
  if (deps.store.has(key) || deps.store.hasItems(key)) return done(key);
  return done(alias(segments, deps) ?? key);
}

/** The key of the stored entity another path names by id (or `userPrincipalName`), for the longest such prefix. */
function alias(segments: string[], deps: AddressDeps): string | undefined {
  const { store } = deps;
  for (let i = segments.length - 1; i >= 1; i--) {
    const prefix = segments.slice(0, i + 1);
    const prefixKey = keyOf(prefix);
    if (store.has(prefixKey)) return undefined;
    const id = segments[i]!;
    const rest = segments.slice(i + 1).map((s) => s.toLowerCase());
    const found = byId(prefix, id, deps) ?? byPrincipalName(prefix, id, deps);
    if (found) return [found, ...rest].join('/');
  }
  return undefined;
}

/**
 * The stored entity of the route's type with this id. The seeded id is no identity (every
 * seeded path carries it); other ids name one entity, or copies of one doc example.
 */
function byId(prefix: string[], id: string, deps: AddressDeps): string | undefined {
  if (id.toLowerCase() === SEED_ID) return undefined;
  const candidates = deps.store.keysWithId(id);
  if (candidates.length === 0) return undefined;
  const match = deps.router.match('GET', '/' + prefix.join('/'));
  const type = match.kind === 'found' ? entityTypeOf(match.route) : undefined;
  const fitting = type
    ? candidates.filter((k) => {
        const entity = deps.store.get(k);
        const odataType = typeof entity?.['@odata.type'] === 'string' ? (entity['@odata.type'] as string) : deps.store.typeOf(k);
        return odataType === undefined || isOfType(deps.set.schemas, odataType.replace(/^#/, ''), type);
      })
    : candidates;
  // Examples seeded at several paths carry the same id: the signed-in user's copy is the one `/me` shows.
  return fitting.find((k) => k.startsWith(`/users/${ME_ID}/`)) ?? fitting[0];
}

/** `/users/{userPrincipalName}`: Graph's alternate key of users. */
function byPrincipalName(prefix: string[], name: string, deps: AddressDeps): string | undefined {
  if (prefix.length !== 2 || prefix[0]!.toLowerCase() !== 'users' || !name.includes('@')) return undefined;
  const wanted = name.toLowerCase();
  return deps.store.items('/users').find((i) => typeof i.entity.userPrincipalName === 'string' && i.entity.userPrincipalName.toLowerCase() === wanted)?.key;
}

/**
 * Walks `root:/a/b.txt:` (or `{item-id}:/a/b.txt:`) through the `children` of each folder by
 * `name`, case-insensitively as OneDrive does.
 */
function walkItemPath(before: string[], segment: string, deps: AddressDeps): { segments: string[] } | { pending: { parentKey: string; names: string[] } } {
  const colon = segment.indexOf(':');
  const start = segment.slice(0, colon);
  const names = segment
    .slice(colon + 1)
    .replace(/:$/, '')
    .split('/')
    .filter((n) => n !== '');
  let current = keyOf([...before, start]);
  if (!deps.store.has(current)) {
    const aliased = alias([...before, start], deps);
    if (aliased) current = aliased;
  }
  for (const [i, name] of names.entries()) {
    const folder = `${deps.store.target(current)}/children`;
    const wanted = name.toLowerCase();
    const child = deps.store.items(folder).find((c) => typeof c.entity.name === 'string' && c.entity.name.toLowerCase() === wanted);
    if (!child) return { pending: { parentKey: folder, names: names.slice(i) } };
    current = child.key;
  }
  return { segments: deps.store.target(current).split('/').slice(1) };
}
