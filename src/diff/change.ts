import type { SourceRef } from '../docs/types.js';
import { CHANGE_KINDS, type ChangeKind } from './kinds.js';
import type { Change } from './types.js';

/** Builds a change, taking `breaking` from the `CHANGE_KINDS` table. */
export function change(
  kind: ChangeKind,
  subject: string,
  message: string,
  where: { member?: string; old?: SourceRef; new?: SourceRef } = {},
): Change {
  return { kind, breaking: CHANGE_KINDS[kind].breaking, subject, ...where, message };
}

/** Pairs items of two versions by a case-insensitive key (docs spell type names inconsistently). */
export function pairBy<T>(
  olds: Iterable<T>,
  news: Iterable<T>,
  key: (t: T) => string,
): { removed: T[]; added: T[]; both: [T, T][] } {
  const index = (items: Iterable<T>): Map<string, T> => {
    const map = new Map<string, T>();
    for (const t of items) if (!map.has(key(t).toLowerCase())) map.set(key(t).toLowerCase(), t);
    return map;
  };
  const o = index(olds);
  const n = index(news);
  return {
    removed: [...o].filter(([k]) => !n.has(k)).map(([, t]) => t),
    added: [...n].filter(([k]) => !o.has(k)).map(([, t]) => t),
    both: [...o].filter(([k]) => n.has(k)).map(([k, t]) => [t, n.get(k)!]),
  };
}
