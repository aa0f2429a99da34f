import type { DocPage } from '../docs/types.js';

/** Escapes one JSON pointer segment (RFC 6901: `~` → `~0`, `/` → `~1`). */
export function seg(s: string | number): string {
  return String(s).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** A JSON pointer from segments: `ptr('permissions', 'Application')` → `/permissions/Application`. */
export function ptr(...segments: (string | number)[]): string {
  return segments.map((s) => `/${seg(s)}`).join('');
}

/**
 * `/sections/Examples/Response`: the heading path of the section holding `line`. Stays stable when
 * lines move, so baselines can key on it for findings that have no more precise pointer.
 */
export function sectionPointer(page: DocPage | undefined, line: number): string {
  if (!page) return '';
  let at = -1;
  page.sections.forEach((s, i) => {
    if (s.line <= line) at = i;
  });
  const titles: string[] = [];
  // Skip the H1: it is the page title and says nothing about where on the page the finding is.
  for (let i: number | undefined = at; i !== undefined && i >= 0; i = page.sections[i]?.parent) {
    const s = page.sections[i]!;
    if (s.level > 1) titles.unshift(s.title);
  }
  return ptr('sections', ...titles);
}
