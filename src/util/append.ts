/**
 * Appends every item to `target`, as `target.push(...items)` would without its limit: a spread
 * passes each item as an argument, and past roughly 100,000 (a page with a million broken table
 * rows, an example with a million stray commas) the call overflows the stack.
 */
export function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
