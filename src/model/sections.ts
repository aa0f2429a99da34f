import type { DocPage } from '../docs/types.js';

/**
 * Section lookups by heading title. Titles are matched lower-cased and trimmed, so
 * `## HTTP Request` and `## HTTP request` are the same section.
 */
export function sectionTitle(page: DocPage, index: number): string {
  return index >= 0 ? (page.sections[index]?.title ?? '').trim().toLowerCase() : '';
}

/** Index of the first section whose title matches, or -1. */
export function findSection(page: DocPage, title: RegExp): number {
  return page.sections.findIndex((s) => title.test(s.title.trim()));
}

/** True when section `index` is `ancestor` or lies under it. */
export function within(page: DocPage, index: number, ancestor: number): boolean {
  // A parent comes before its sections: the walk ends once it passes `ancestor`. Most calls
  // (every block, table or prose line of a page against one section) end here at once.
  if (ancestor < 0 || index < ancestor) return false;
  for (let i: number | undefined = index; i !== undefined && i >= ancestor; i = page.sections[i]?.parent) {
    if (i === ancestor) return true;
  }
  return false;
}

/** True when section `index` or one of its ancestors has a title matching `title`. */
export function underTitle(page: DocPage, index: number, title: RegExp): boolean {
  for (let i: number | undefined = index; i !== undefined && i >= 0; i = page.sections[i]?.parent) {
    if (title.test(page.sections[i]?.title.trim() ?? '')) return true;
  }
  return false;
}
