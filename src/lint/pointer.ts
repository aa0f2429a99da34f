import type { DocPage } from '../docs/types.js';

import { escapeToken as seg, pointerOf as ptr } from '../util/jsonPointer.js';

export { ptr };

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

/**
 * A line-independent pointer for a finding that has none: the section path, then the table row's
 * first cell (`/sections/Permissions/Application`) or the code block (annotation name, else its
 * position in the section) and the JSON key on that line (`/sections/Examples/Request/create_x/status`).
 */
export function findingPointer(page: DocPage | undefined, line: number): string {
  const base = sectionPointer(page, line);
  if (!page) return base;
  const row = page.tables.flatMap((t) => t.rows).find((r) => r.line === line);
  if (row) return `${base}/${seg(plain(row.cells[0] ?? ''))}`;
  const i = page.blocks.findIndex((b) => b.line <= line && line <= b.line + b.text.split('\n').length + 1);
  const block = page.blocks[i];
  if (!block) return base;
  const name = block.annotation?.value?.['name'];
  const label = typeof name === 'string' && name ? name : `block-${page.blocks.filter((b, j) => j < i && b.section === block.section).length + 1}`;
  const key = /^\s*"([^"]+)"\s*:/.exec(block.text.split('\n')[line - block.line - 1] ?? '')?.[1];
  return `${base}/${seg(label)}${key ? `/${seg(key)}` : ''}`;
}

/** Cell text without markdown emphasis, code and link syntax. */
function plain(cell: string): string {
  return cell.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`]/g, '').trim();
}
