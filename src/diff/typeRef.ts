import type { TypeRef } from '../model/types.js';

/** `Edm.String`, `Collection(user)`: how a doc type reads in a change message. */
export function showType(t: TypeRef | undefined): string {
  if (!t) return 'none';
  return t.collection ? `Collection(${t.name})` : t.name;
}

/** Same type, ignoring the case differences common between doc pages. */
export function sameType(a: TypeRef | undefined, b: TypeRef | undefined): boolean {
  if (!a || !b) return a === b;
  return a.collection === b.collection && a.name.toLowerCase() === b.name.toLowerCase();
}
