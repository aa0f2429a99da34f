import type { DocDiagnostic, SourceRef } from '../docs/types.js';
import { diagnostic } from './diagnostic.js';
import { enumType } from './enums.js';
import type { TypeIndex } from './typeIndex.js';
import { typeKey } from './typeRef.js';
import type { EnumType } from './types.js';

/** One "Possible values are: …" list for an enum-typed property, where it was written. */
export interface EnumList {
  type: string;
  property: string;
  members: string[];
  source: SourceRef;
  /** Lists on resource pages outrank those on API pages when no list has `unknownFutureValue`. */
  fromResource: boolean;
}

function sameOrder(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((m, i) => m === b[i]);
}

/** "missing `x`; extra `y`; order differs" between a list and the list taken. */
export function describeDifference(list: string[], taken: string[]): string {
  const missing = taken.filter((m) => !list.includes(m));
  const extra = list.filter((m) => !taken.includes(m));
  const parts: string[] = [];
  if (missing.length > 0) parts.push(`missing ${missing.map((m) => `\`${m}\``).join(', ')}`);
  if (extra.length > 0) parts.push(`extra ${extra.map((m) => `\`${m}\``).join(', ')}`);
  const common = list.filter((m) => taken.includes(m));
  if (!sameOrder(common, taken.filter((m) => list.includes(m)))) parts.push('order differs');
  return parts.join('; ');
}

/** The list whose order is kept: first with `unknownFutureValue`, else first on a resource page, else first. */
function baseList(lists: EnumList[]): EnumList {
  return lists.find((l) => l.members.includes('unknownFutureValue')) ?? lists.find((l) => l.fromResource) ?? (lists[0] as EnumList);
}

/**
 * Settles every enum named by property "Possible values" lists (see README: an enums page is
 * authoritative; otherwise lists merge in the order of the one with `unknownFutureValue`, other
 * members appended). Adds merged enums to `index`; one diagnostic per list that differs.
 */
export function reconcileEnumLists(lists: EnumList[], index: TypeIndex, diagnostics: DocDiagnostic[]): void {
  const groups = new Map<string, EnumList[]>();
  for (const list of [...lists].sort((a, b) => (a.source.file < b.source.file ? -1 : a.source.file > b.source.file ? 1 : a.source.line - b.source.line))) {
    const key = typeKey(list.type);
    const group = groups.get(key);
    if (group) group.push(list);
    else groups.set(key, [list]);
  }
  for (const group of groups.values()) {
    const documented = index.enum(group[0]?.type ?? '');
    let taken: EnumType;
    let why: string;
    if (documented) {
      taken = documented;
      why = 'the enums page is authoritative';
    } else {
      const base = baseList(group);
      const merged = [...base.members];
      for (const l of group) for (const m of l.members) if (!merged.includes(m)) merged.push(m);
      taken = enumType(base.type, merged, base.source);
      index.addEnum(taken, diagnostics);
      why = base.members.includes('unknownFutureValue') ? 'merged in the order of the list with `unknownFutureValue`' : 'merged in the order of the first list';
    }
    for (const l of group) {
      if (sameOrder(l.members, taken.members)) continue;
      diagnostics.push(diagnostic('enum-lists-disagree', 'warning',
        `Possible values of \`${l.property}\` (${taken.name}) differ from the list used (${why}): ${describeDifference(l.members, taken.members)}.`,
        l.source, [taken.source]));
    }
  }
}
