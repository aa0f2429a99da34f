import type { Contract } from '../contracts/types.js';
import { isItemOf } from './crud.js';
import type { Draft } from './drift.js';
import { maskEvolvableMembers, prefersUnknownMembers, repairEnumMembers } from './enums.js';
import { isCollectionRoute } from './examples.js';
import type { Listing } from './crud.js';
import { offsetOf, pageOf, project, skipToken, type Item } from './odata/apply.js';
import type { QueryOptions } from './odata/query.js';
import type { Exchange } from './exchange.js';
import { GRAPH_JSON } from './json.js';
import type { Entity } from './store.js';
import { present } from './entities.js';
import { clone } from './body.js';
import { fillRequired } from './required.js';
import { propertiesOf } from '../schemas/view/runtimeTypes.js';
import { viewOf } from '../schemas/view/schemaView.js';
import { navigationNames } from '../schemas/view/navigation.js';
import { schemaFileOf } from '../schemas/view/typeOf.js';

/** What turning an outcome into a response needs. */
export interface RenderContext {
  x: Exchange;
  contract: Contract;
  options: QueryOptions;
  /** No drift will rewrite the answer: its JSON text may be reused. */
  serializable?: boolean;
}

/**
 * JSON text of entity answers, per stored entity object and what shapes the answer. A write
 * stores a new object (the store never changes one in place after seeding), so an entry lives
 * exactly as long as the entity it was made from is unchanged.
 */
const serialized = new WeakMap<object, Map<string, string>>();

const JSON_TYPE = 'application/json';

function contextUrl(r: RenderContext, entity: boolean): string {
  const select = r.options.select?.length ? `(${r.options.select.join(',')})` : '';
  return `https://graph.microsoft.com/${r.x.version}/$metadata#${r.x.path.slice(1)}${select}${entity ? '/$entity' : ''}`;
}

/** `Prefer: odata.maxpagesize=N` lowers the page size, as on Graph. */
function pageSize(r: RenderContext): number {
  const m = /odata\.maxpagesize=(\d+)/i.exec(r.x.headers.prefer ?? '');
  const asked = m ? Number(m[1]) : undefined;
  return Math.min(r.x.state.pageSize, asked && asked > 0 ? asked : Infinity);
}

/**
 * A collection answer: filtered, ordered and paged (`@odata.nextLink` with a `$skiptoken` while
 * items remain), `@odata.count` when asked, each item projected by `$select` and expanded.
 * With `countOnly`, the body is the number of matching items.
 */
export function renderCollection(r: RenderContext, status: number, listing: Listing, countOnly = false): Draft {
  const { x, options } = r;
  const ctx = { isOf: (entity: unknown, type: string) => typeof entity === 'object' && entity !== null && isItemOf(entity as Entity, undefined, type, x.state.set.schemas) };
  let offset = 0;
  if (options.skiptoken !== undefined) {
    const at = offsetOf(options.skiptoken);
    if (at === undefined) return invalid(r, `The $skiptoken '${options.skiptoken}' was not issued by this service.`);
    offset = at;
  }
  const unfiltered = !options.filter && !options.search && !options.orderby?.length && listing.page !== undefined;
  const size = countOnly ? 0 : Math.max(0, options.top ?? pageSize(r));
  const start = offset + (options.skip ?? 0);
  let page: { items: Item[]; total: number; next?: number };
  if (unfiltered) {
    const slice = listing.page!(start, size);
    const end = start + slice.items.length;
    page = { items: slice.items, total: slice.total, ...(end < slice.total && size > 0 ? { next: end } : {}) };
  } else page = pageOf(listing.all(), countOnly ? { ...options, top: 0 } : options, ctx, pageSize(r), offset);
  if (countOnly) return { status, headers: {}, body: page.total };
  // Items stored by other pages' requests hold what this page requires (a key, default properties).
  const deps = { schemas: x.state.set.schemas, validator: x.state.validator };
  const value = page.items.map((i) => shape(r, present(i.entity, r.contract, deps, i.key), i.key));
  const body: Record<string, unknown> = { '@odata.context': contextUrl(r, false) };
  if (options.count) body['@odata.count'] = page.total;
  if (page.next !== undefined) body['@odata.nextLink'] = nextLink(r, page.next);
  body.value = value;
  return finishJson(r, status, body);
}

/** An entity (or documented body) answer, projected by `$select` and expanded by `$expand`. */
export function renderEntity(r: RenderContext, status: number, body: unknown, key: string): Draft {
  const { contract } = r;
  if (body === undefined) return { status, headers: {} };
  const contentType = contract.response.contentType;
  if (contentType && !contentType.includes('json') && status < 400) {
    // `$value` and XML answers the store does not hold: the documented text is the answer.
    const example = contract.response.example;
    const text = typeof body === 'string' ? body : typeof example === 'string' ? example : '';
    return { status, headers: { 'content-type': contentType }, body: text, raw: text };
  }
  if (status >= 400) return { status, headers: { 'content-type': JSON_TYPE }, body };
  const kind = contract.response.body;
  if ((kind === 'entity' || kind === 'collection') && typeof body === 'object' && body !== null && !Array.isArray(body)) {
    const plain = r.serializable && !r.options.select?.length && !r.options.expand?.length;
    const memoKey = plain ? `${contract.id}|${r.x.version}|${r.x.path}|${r.x.headers.prefer ?? ''}` : '';
    const known = plain ? serialized.get(body)?.get(memoKey) : undefined;
    if (known !== undefined) return { status, headers: { 'content-type': GRAPH_JSON }, raw: known };
    const shaped = kind === 'entity' ? shape(r, body as Entity, key) : body;
    const draft = finishJson(r, status, { '@odata.context': contextUrl(r, kind === 'entity'), ...(shaped as Entity) });
    if (plain) {
      let entry = serialized.get(body);
      if (!entry) serialized.set(body, (entry = new Map()));
      if (entry.size < 64) entry.set(memoKey, JSON.stringify(draft.body));
    }
    return draft;
  }
  return finishJson(r, status, body);
}

function finishJson(r: RenderContext, status: number, body: unknown): Draft {
  const { schemas } = r.x.state.set;
  const masked = maskEvolvableMembers(repairEnumMembers(body, r.contract, schemas), r.contract, prefersUnknownMembers(r.x.headers.prefer), schemas);
  return { status, headers: {}, body: masked };
}

function invalid(r: RenderContext, message: string): Draft {
  return { status: 400, headers: {}, body: { error: { code: 'BadRequest', message, innerError: { 'request-id': r.x.ids.requestId, 'client-request-id': r.x.ids.clientRequestId, date: r.x.ids.date.toISOString() } } } };
}

/** The next page's URL: this request's URL with `$skiptoken`, on the host the client called. */
function nextLink(r: RenderContext, offset: number): string {
  const params = new URLSearchParams(r.x.search);
  for (const name of [...params.keys()]) if (/^\$?(skip|skiptoken)$/i.test(name)) params.delete(name);
  params.set('$skiptoken', skipToken(offset));
  const query = params.toString().replace(/%24/g, '$');
  return `${r.x.origin}/${r.x.version}${r.x.path}?${query}`;
}

/**
 * `$select` and `$expand` applied to one entity stored at `key`. Navigation properties are shown
 * only when `$expand` names them, as on Graph, although the store may hold them inline (a page's
 * example that shows one, a create that sent one).
 */
function shape(r: RenderContext, entity: Entity, key: string): Entity {
  const { options, x } = r;
  let out = withoutNavigation(r, options.select?.length ? project(entity, options.select) : entity);
  if (options.expand?.length) {
    out = { ...out };
    const at = x.state.store.target(key);
    for (const item of options.expand) {
      const navKey = `${at}/${item.name.toLowerCase()}`;
      const related = x.state.store.items(navKey);
      const documented = navShape(r, item.name);
      if (documented === 'collection' || (documented === undefined && (related.length > 0 || isCollectionNav(r, item.name)))) {
        const sub = { ...r, options: item.options };
        out[item.name] = pageOf(related, item.options, { isOf: () => true }, x.state.pageSize, 0).items.map((i) => project(i.entity, sub.options.select));
      } else {
        const single = x.state.store.get(navKey) ?? related[0]?.entity;
        out[item.name] = single ? project(single, item.options.select) : null;
      }
      // A copy: the keys filled below are the answer's, not the stored entities'.
      out[item.name] = clone(out[item.name]);
    }
    // Graph answers every expanded entity with its key, nested ones included (`$expand=a($expand=b)`),
    // whatever the stored example showed; so does every field the request makes required.
    fillRequired(out, r.contract, { schemas: x.state.set.schemas, validator: x.state.validator });
  }
  return out;
}

/** `entity` without the navigation properties (of its declared or runtime type) that `$expand` does not name. */
function withoutNavigation(r: RenderContext, entity: Entity): Entity {
  const { schemas } = r.x.state.set;
  const runtime = typeof entity['@odata.type'] === 'string' ? schemaFileOf(schemas, entity['@odata.type']) : undefined;
  // Most types have none: then no property of the entity needs a look.
  const navigation = [r.contract.response.schema, runtime].flatMap((f) => (f ? [navigationNames(schemas, f)] : [])).filter((names) => names.size > 0);
  if (navigation.length === 0) return entity;
  const expanded = new Set((r.options.expand ?? []).map((e) => e.name.toLowerCase()));
  const hidden = (name: string) => !expanded.has(name.toLowerCase()) && navigation.some((names) => names.has(name.toLowerCase()));
  if (!Object.keys(entity).some(hidden)) return entity;
  return Object.fromEntries(Object.entries(entity).filter(([name]) => !hidden(name))) as Entity;
}

/**
 * Whether the answer's type documents navigation property `name` as a collection or a single
 * entity (`chat.lastMessagePreview` expands to one object); undefined when it does not say.
 */
function navShape(r: RenderContext, name: string): 'collection' | 'single' | undefined {
  const schema = r.contract.response.schema;
  const properties = schema ? propertiesOf(r.x.state.set.schemas, schema) : undefined;
  const entry = properties && Object.entries(properties).find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
  if (!entry) return undefined;
  const types = viewOf(r.x.state.set.schemas, entry).types;
  if (types.includes('array')) return 'collection';
  return types.includes('object') ? 'single' : undefined;
}

/** Whether the pages document `<this path>/<name>` as a collection. */
function isCollectionNav(r: RenderContext, name: string): boolean {
  const match = r.x.state.router.match('GET', `${r.x.path}/${name}`);
  return match.kind === 'found' && isCollectionRoute(match.route);
}
