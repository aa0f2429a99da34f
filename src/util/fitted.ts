/**
 * `items` without spare capacity. An array filled by `push` keeps room for 16 more items; over
 * the whole reference that is some 10 MB of the pages and model a build keeps, copied by every
 * young-generation GC that moves them (`npm run bench:build`, `gc_s`). Kept arrays of a few items
 * are fitted once they are complete.
 */
export function fitted<T>(items: T[]): T[] {
  return items.length === 0 ? items : items.slice();
}
