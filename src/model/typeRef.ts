import type { TypeRef } from './types.js';

/** Doc spellings of OData primitives (lower-cased) → canonical `Edm.*` names. */
const PRIMITIVES: Record<string, string> = {
  string: 'Edm.String', boolean: 'Edm.Boolean', bool: 'Edm.Boolean',
  int16: 'Edm.Int16', int32: 'Edm.Int32', int: 'Edm.Int32', integer: 'Edm.Int32', int64: 'Edm.Int64', long: 'Edm.Int64',
  byte: 'Edm.Byte', sbyte: 'Edm.SByte', double: 'Edm.Double', single: 'Edm.Single', float: 'Edm.Single', decimal: 'Edm.Decimal',
  datetimeoffset: 'Edm.DateTimeOffset', datetime: 'Edm.DateTimeOffset', date: 'Edm.Date', timeofday: 'Edm.TimeOfDay',
  duration: 'Edm.Duration', guid: 'Edm.Guid', uuid: 'Edm.Guid', binary: 'Edm.Binary', stream: 'Edm.Stream',
  // The Dynamics 365 Business Central pages (`dynamics-*.md`) write AL's Decimal as `numeric`.
  numeric: 'Edm.Decimal',
};

const NAME = /^[A-Za-z_][\w.]*$/;
const MARKUP = /[*`\\]/g;
const COLLECTION = /\bcollection\b/i;
const COLLECTION_OF = /^collection\s*\((.*)\)$/i;
const COLLECTION_WORD = /\bcollection\b\s*(?:of\s+)?/i;
const NAME_END = /[\s,(]/;
const TRAILING_DOT = /\.$/;
const NONE = /^none$/i;
const GRAPH_NAMESPACE = /^microsoft\.graph\./i;
const LINK_TEXT = /\[([^\][]+)\](?:\([^)(]*\)|\[[^\][]*\])?/;

/** `Edm.*` name for a primitive spelled any doc way (`Int32`, `Edm.int32`, `GUID`), else undefined. */
export function primitiveName(name: string): string | undefined {
  if (name.length > 16) return undefined;
  const key = name.toLowerCase();
  const bare = key.startsWith('edm.') ? key.slice(4) : key;
  // Own names only: a type cell reading `constructor` or `toString` names no primitive.
  return Object.hasOwn(PRIMITIVES, bare) ? PRIMITIVES[bare] : undefined;
}

/** True for `Edm.*` names (what `parseTypeRef` produces for primitives). */
export function isPrimitive(ref: TypeRef): boolean {
  return ref.name.startsWith('Edm.');
}

/**
 * Type cells repeat across the reference (`String`, `[user](user.md) collection`): each is read
 * once per build. `buildModel` empties this when it starts (`forgetTypeRefs`), so no reading
 * outlives the build that made it: every build reads its cells, and shares no TypeRef with another.
 */
const parsedCells = new Map<string, TypeRef | null>();

/** Forgets every cell read so far (see `parsedCells`). */
export function forgetTypeRefs(): void {
  parsedCells.clear();
}

/**
 * A doc type cell → TypeRef: `String collection`, `Collection(Edm.Int32)`, `[type](link) collection`,
 * `collection of [type](link)`, `microsoft.graph.user`. Undefined when the cell names no single type.
 */
export function parseTypeRef(cell: string): TypeRef | undefined {
  let ref = parsedCells.get(cell);
  if (ref === undefined) {
    const read = readTypeRef(cell);
    ref = read ? Object.freeze(read) : null;
    if (parsedCells.size > 100_000) parsedCells.clear();
    parsedCells.set(cell, ref);
  }
  // One frozen object per cell text, shared by every property typed so (some 40,000 fewer objects
  // for a build to hold): a TypeRef is replaced, never changed in place.
  return ref ?? undefined;
}

function readTypeRef(cell: string): TypeRef | undefined {
  let s = cell.replace(MARKUP, '').trim();
  const collection = COLLECTION.test(s);
  if (collection) {
    const wrapped = COLLECTION_OF.exec(s);
    s = wrapped?.[1] !== undefined ? wrapped[1] : s.replace(COLLECTION_WORD, '');
  }
  const link = LINK_TEXT.exec(s);
  const named = ((link ? link[1] : s) ?? '').trim();
  const end = named.search(NAME_END);
  let name = (end < 0 ? named : named.slice(0, end)).replace(TRAILING_DOT, '');
  if (!NAME.test(name)) return undefined;
  const primitive = primitiveName(name);
  if (primitive) return { name: primitive, collection };
  if (GRAPH_NAMESPACE.test(name)) name = name.slice('microsoft.graph.'.length);
  if (NONE.test(name)) return undefined;
  return { name, collection };
}

/** The simple name used for case-insensitive type lookups: `callRecords.session` → `session`. */
export function typeKey(name: string): string {
  const dot = name.lastIndexOf('.');
  return (dot >= 0 && !name.startsWith('Edm.') ? name.slice(dot + 1) : name).toLowerCase();
}
