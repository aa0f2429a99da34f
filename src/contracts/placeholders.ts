import type { Property, TypeRef } from '../model/types.js';
import { isEdmName, samplePrimitive, type TypeIndex } from '../schemas/index.js';
import { declaredProperties } from './declared.js';

/** Recognises doc placeholder values (`"String"`, `"String (timestamp)"`); the model's recogniser. */
export type IsPlaceholder = (value: unknown) => boolean;

/** Declared properties of the object at hand, by name. */
type Lookup = (name: string) => Property | undefined;

/**
 * Replaces doc placeholders in an example body by valid values of the declared type: an enum's
 * first member, a fixed timestamp/uuid/number, `{}` for an object type. A placeholder in a
 * String-typed (or undeclared) field is left alone: it is already a valid value there. Returns
 * the new body and the JSON pointers of what was replaced; the input is not modified.
 */
export function replacePlaceholders(body: unknown, type: TypeRef | undefined, index: TypeIndex, isPlaceholder: IsPlaceholder, extra?: Lookup): { value: unknown; pointers: string[] } {
  const pointers: string[] = [];
  const walk = (value: unknown, ref: TypeRef | undefined, pointer: string, lookup: Lookup | undefined, depth: number): unknown => {
    if (Array.isArray(value)) return value.map((v, i) => walk(v, ref && { name: ref.name, collection: false }, `${pointer}/${i}`, undefined, depth + 1));
    if (value !== null && typeof value === 'object') {
      const own = objectLookup(value as Record<string, unknown>, ref, index);
      const props = lookup && own ? (n: string) => lookup(n) ?? own(n) : (lookup ?? own);
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        const p = depth < 32 ? props?.(k) : undefined;
        out[k] = walk(v, p?.type, `${pointer}/${escapeToken(k)}`, undefined, depth + 1);
      }
      return out;
    }
    if (!ref || !isPlaceholder(value)) return value;
    const replacement = validValue(value, ref, index);
    if (replacement === undefined) return value;
    pointers.push(pointer);
    return replacement;
  };
  const value = walk(body, type, '', extra, 0);
  return { value, pointers };
}

/** Property lookup for an object: its own `@odata.type` when documented, else the declared type. */
function objectLookup(obj: Record<string, unknown>, ref: TypeRef | undefined, index: TypeIndex): Lookup | undefined {
  const odataType = obj['@odata.type'];
  const named = (typeof odataType === 'string' ? index.get(odataType) : undefined) ?? (ref ? index.get(ref.name) : undefined);
  if (named?.kind !== 'resource') return undefined;
  const props = declaredProperties(named.resource, index);
  return (name) => props.get(name);
}

function validValue(value: unknown, ref: TypeRef, index: TypeIndex): unknown {
  if (isEdmName(ref.name)) return /^edm\.string$/i.test(ref.name) ? undefined : samplePrimitive(ref.name);
  const named = index.get(ref.name);
  if (named?.kind === 'enum') return named.enum.members.includes(value as string) ? undefined : named.enum.members[0];
  return named?.kind === 'resource' ? {} : undefined;
}

/** JSON pointer token escaping (RFC 6901). */
export function escapeToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}
