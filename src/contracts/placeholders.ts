import type { Property, TypeRef } from '../model/types.js';
import { isEdmName, samplePrimitive, type TypeIndex } from '../schemas/index.js';
import { pointerOf } from '../util/jsonPointer.js';
import { declaredProperties } from './declared.js';

/** Recognises doc placeholder values (`"String"`, `"String (timestamp)"`); the model's recogniser. */
export type IsPlaceholder = (value: unknown) => boolean;

/** Declared properties of the object at hand, by name. */
type Lookup = (name: string) => Property | undefined;

/**
 * Replaces doc placeholders in an example body by valid values of the declared type: an enum's
 * (or a String property's listed values') first member, a fixed timestamp/uuid/number, `{}` for
 * an object type. A placeholder in another String-typed (or undeclared) field is left alone: it is
 * already a valid value there. Returns
 * the new body and the JSON pointers of what was replaced; the input is not modified (unchanged parts are
 * shared with it).
 */
export function replacePlaceholders(body: unknown, type: TypeRef | undefined, index: TypeIndex, isPlaceholder: IsPlaceholder, extra?: Lookup): { value: unknown; pointers: string[] } {
  const pointers: string[] = [];
  // The current JSON pointer as tokens; joined only for the rare value that gets replaced.
  const path: string[] = [];
  // Returns the input itself when nothing below it changed: most bodies hold no placeholder,
  // and copying every example of the reference is most of this stage's cost.
  // `members`: the inline enum of the String property the value belongs to, if any.
  const walk = (value: unknown, ref: TypeRef | undefined, lookup: Lookup | undefined, depth: number, members?: string[]): unknown => {
    if (Array.isArray(value)) {
      const item = ref && { name: ref.name, collection: false };
      let out: unknown[] | undefined;
      for (let i = 0; i < value.length; i++) {
        path.push(String(i));
        const w = walk(value[i], item, undefined, depth + 1, members);
        path.pop();
        if (w !== value[i]) (out ??= [...value])[i] = w;
      }
      return out ?? value;
    }
    if (value !== null && typeof value === 'object') {
      const own = objectLookup(value as Record<string, unknown>, ref, index);
      const props = lookup && own ? (n: string) => lookup(n) ?? own(n) : (lookup ?? own);
      if (!props || depth >= 32) return value;
      let out: Record<string, unknown> | undefined;
      for (const k of Object.keys(value)) {
        const p = props(k);
        if (!p) continue;
        const v = (value as Record<string, unknown>)[k];
        path.push(k);
        const w = walk(v, p.type, undefined, depth + 1, p.inlineEnum?.members);
        path.pop();
        if (w !== v) (out ??= { ...(value as Record<string, unknown>) })[k] = w;
      }
      return out ?? value;
    }
    if (!ref || typeof value !== 'string' || !isPlaceholder(value)) return value;
    const replacement = members ? (members.includes(value) ? undefined : members[0]) : validValue(value, ref, index);
    if (replacement === undefined) return value;
    pointers.push(pointerOf(...path));
    return replacement;
  };
  const value = walk(body, type, extra, 0);
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
