/**
 * A list filled item by item and then taken as an array of exactly its items. The parser keeps
 * one per kind of page item (sections, blocks, prose lines…) and reuses it from page to page
 * (pages are parsed one at a time, synchronously): an array grown by `push` for each page would
 * reallocate as it grows and then be copied once more to drop its spare room (see `fitted`),
 * where this copies each page's items once.
 */
export class ScratchList<T> {
  private readonly items: (T | undefined)[] = [];
  private count = 0;

  get length(): number {
    return this.count;
  }

  push(item: T): void {
    this.items[this.count++] = item;
  }

  /** Item `i` (0-based), which must be below `length`. */
  at(i: number): T {
    return this.items[i] as T;
  }

  /** Empties the list, its items dropped. */
  clear(): void {
    this.items.fill(undefined, 0, this.count);
    this.count = 0;
  }

  /**
   * The items as a new array of their exact size; the list is empty after. Its slots are cleared
   * (not dropped: the buffer keeps its size), so it holds nothing of a page once that is parsed.
   */
  take(): T[] {
    const taken = this.items.slice(0, this.count) as T[];
    this.clear();
    return taken;
  }
}
