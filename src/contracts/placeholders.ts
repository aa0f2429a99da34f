import type { Property } from '../model/types.js';
import { isEdmName, samplePrimitive, type TypeIndex } from '../schemas/index.js';
import { pointerOf } from '../util/jsonPointer.js';
import { declaredByName, type DeclaredByName } from './declared.js';

/** Recognises doc placeholder values (`"String"`, `"String (timestamp)"`); the model's recogniser. */
export type IsPlaceholder = (value: unknown) => boolean;

/** Declared properties of the object at hand, by name. */
export type Lookup = (name: string) => Property | undefined;

/** `Edm.String` in any case. A module constant: a regex literal in a function is a new RegExp per call. */
const EDM_STRING = /^edm\.string$/i;

/** An object nests no deeper than this in a body that is walked. */
const MAX_DEPTH = 32;

/**
 * Replaces doc placeholders in an example body by valid values of the declared type: an enum's
 * (or a String property's listed values') first member, a fixed timestamp/uuid/number, `{}` for
 * an object type. A placeholder in another String-typed (or undeclared) field is left alone: it is
 * already a valid value there. `type` names the body's declared type; `extra` declares the body's
 * own members before the type does (a request body table, a collection's `value`). Returns the
 * new body and the JSON pointers of what was replaced; the input is not modified (unchanged parts
 * are shared with it).
 */
export function replacePlaceholders(body: unknown, type: string | undefined, index: TypeIndex, isPlaceholder: IsPlaceholder, extra?: Lookup): { value: unknown; pointers: string[] } {
  const declared = declaredByName(index);
  const pointers: string[] = [];
  // The current JSON pointer as tokens; joined only for the rare value that gets replaced.
  const path: (string | number)[] = [];
  // Returns the input itself when nothing below it changed: most bodies hold no placeholder,
  // and copying every example of the reference is most of this stage's cost. Only the declared
  // type's name is passed down (an array's items are of the same name), so that walking a body
  // allocates nothing where nothing changes: it runs over every example of the reference.
  // `members`: the inline enum of the String property the value belongs to, if any.
  const walk = (value: unknown, type: string | undefined, lookup: Lookup | undefined, depth: number, members: string[] | undefined): unknown => {
    if (value === null || typeof value !== 'object') {
      if (type === undefined || typeof value !== 'string' || !isPlaceholder(value)) return value;
      const replacement = members ? (members.includes(value) ? undefined : members[0]) : validValue(value, type, index);
      if (replacement === undefined) return value;
      pointers.push(pointerOf(...path));
      return replacement;
    }
    if (Array.isArray(value)) {
      let out: unknown[] | undefined;
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        const w = walk(value[i], type, undefined, depth + 1, members);
        path.pop();
        if (w !== value[i]) (out ??= [...value])[i] = w;
      }
      return out ?? value;
    }
    const obj = value as Record<string, unknown>;
    const own = declaredOf(obj, type, declared);
    if ((!lookup && !own) || depth >= MAX_DEPTH) return value;
    let out: Record<string, unknown> | undefined;
    // `for…in` rather than `Object.keys`: bodies are parsed JSON (plain objects, own keys only),
    // and the loop allocates no key array per object.
    for (const k in obj) {
      const p = lookup?.(k) ?? own?.get(k);
      if (!p) continue;
      const v = obj[k];
      path.push(k);
      const w = walk(v, p.type.name, undefined, depth + 1, p.inlineEnum?.members);
      path.pop();
      if (w !== v) (out ??= { ...obj })[k] = w;
    }
    return out ?? value;
  };
  const value = walk(body, type, extra, 0, undefined);
  return { value, pointers };
}

/** Declared properties of an object: its own `@odata.type`'s when documented, else the declared type's. */
function declaredOf(obj: Record<string, unknown>, type: string | undefined, declared: DeclaredByName): Map<string, Property> | undefined {
  const odataType = obj['@odata.type'];
  let props = typeof odataType === 'string' ? declared(odataType) : undefined;
  // An annotation naming an enum (null) hides the declared type as well: only an unknown one does not.
  if (props === undefined && type !== undefined) props = declared(type);
  return props ?? undefined;
}

function validValue(value: unknown, type: string, index: TypeIndex): unknown {
  if (isEdmName(type)) return EDM_STRING.test(type) ? undefined : samplePrimitive(type);
  const named = index.get(type);
  if (named?.kind === 'enum') return named.enum.members.includes(value as string) ? undefined : named.enum.members[0];
  return named?.kind === 'resource' ? {} : undefined;
}
