import type { Entity } from '../store.js';
import { matches, order, valueOn, type EvalContext } from './evaluate.js';
import type { QueryOptions } from './query.js';

/** One collection item with the store key it lives at (for `$expand`). */
export interface Item {
  key: string;
  entity: Entity;
}

/** One page of a collection after the query options. */
export interface Page {
  items: Item[];
  /** Items that passed `$filter`/`$search` (for `$count`). */
  total: number;
  /** Offset of the next page, when there is one. */
  next?: number;
}

/** `$skiptoken` the mock writes into `@odata.nextLink`: opaque to clients, an offset to the mock. */
export function skipToken(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

/** The offset a `$skiptoken` of {@link skipToken} holds; undefined for a token the mock did not write. */
export function offsetOf(token: string): number | undefined {
  const m = /^o:(\d+)$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
  return m ? Number(m[1]) : undefined;
}

/**
 * Filters, searches, orders and pages a collection: `$filter`, `$search` (any string property
 * containing the term), `$orderby` (stable, nulls first ascending), then a page of `$top` items
 * (else `pageSize`) starting at `$skip` or the `$skiptoken` offset.
 */
export function pageOf(items: Item[], options: QueryOptions, ctx: EvalContext, pageSize: number, offset: number): Page {
  let selected = items;
  if (options.filter) selected = selected.filter((i) => matches(options.filter!, i.entity, ctx));
  if (options.search) {
    const term = options.search.toLowerCase();
    selected = selected.filter((i) => Object.values(i.entity).some((v) => typeof v === 'string' && v.toLowerCase().includes(term)));
  }
  if (options.orderby?.length) {
    const keys = options.orderby.map((o) => ({ expr: { kind: 'path' as const, segments: o.path }, desc: o.desc }));
    selected = selected
      .map((item, index) => ({ item, index, values: keys.map((k) => valueOn(k.expr, item.entity, ctx)) }))
      .sort((a, b) => {
        for (const [i, k] of keys.entries()) {
          const c = order(a.values[i], b.values[i]) ?? 0;
          if (c !== 0) return k.desc ? -c : c;
        }
        return a.index - b.index;
      })
      .map((x) => x.item);
  }
  const size = Math.max(0, options.top ?? pageSize);
  const start = offset + (options.skip ?? 0);
  const page = selected.slice(start, start + size);
  const end = start + page.length;
  return { items: page, total: selected.length, ...(end < selected.length && size > 0 ? { next: end } : {}) };
}

/**
 * The entity with only the selected top-level properties, its annotations and its `id` (the key,
 * which Graph answers with any selection); selected properties that are unset read as null.
 */
export function project(entity: Entity, select: string[] | undefined): Entity {
  if (!select || select.length === 0) return entity;
  const out: Entity = {};
  for (const [k, v] of Object.entries(entity)) if (k.startsWith('@')) out[k] = v;
  if (entity.id !== undefined) out.id = entity.id;
  const keys = Object.keys(entity);
  for (const name of select) {
    const actual = keys.find((k) => k.toLowerCase() === name.toLowerCase()) ?? name;
    out[actual] = entity[actual] ?? null;
  }
  return out;
}
