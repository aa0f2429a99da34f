/**
 * `items` without repeats, first occurrence kept, as a new array without spare capacity (the
 * model keeps these lists). They hold a few members as a rule: compared in place, where a Set and
 * its spread cost more; a long list goes through a Set.
 */
export function distinct<T>(items: readonly T[]): T[] {
  if (items.length > 32) return [...new Set(items)];
  for (let i = 1; i < items.length; i++) {
    if (items.lastIndexOf(items[i]!, i - 1) >= 0) return items.filter((item, at) => items.indexOf(item) === at);
  }
  return items.slice();
}
