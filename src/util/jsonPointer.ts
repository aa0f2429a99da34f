// JSON pointers (RFC 6901), plus the `*` wildcard for "every array item" that contracts use
// (`EnumField.pointer`: `/value/*‌/status`). The one implementation for every stage.
import { isObject } from './json.js';

/** A value found in a JSON document, with the concrete JSON pointer it was found at. */
export interface PointedValue {
  pointer: string;
  value: unknown;
}

/** One place in a JSON value that a pointer reaches, with its parent (to replace the value). */
export interface Slot extends PointedValue {
  parent: Record<string, unknown> | unknown[];
  key: string | number;
}

/** Escapes one reference token: `~` → `~0`, `/` → `~1`. */
export function escapeToken(token: string | number): string {
  const text = String(token);
  return text.includes('~') || text.includes('/') ? text.replace(/~/g, '~0').replace(/\//g, '~1') : text;
}

/** Unescapes one reference token: `~1` → `/`, `~0` → `~`. */
export function unescapeToken(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** The reference tokens of a pointer, unescaped: `/a~1b/0` → `['a/b', '0']`; `''` → `[]`. */
export function tokensOf(pointer: string): string[] {
  return pointer === '' ? [] : pointer.split('/').slice(1).map(unescapeToken);
}

/** A pointer from tokens: `pointerOf('permissions', 'Application')` → `/permissions/Application`. */
export function pointerOf(...tokens: (string | number)[]): string {
  return tokens.map((t) => `/${escapeToken(t)}`).join('');
}

/** The children of `value` that `token` reaches: an array item by index (`*`: every item), or an own property. */
function step(value: unknown, token: string, pointer: string): Slot[] {
  if (Array.isArray(value)) {
    const indexes = token === '*' ? value.map((_, i) => i) : /^\d+$/.test(token) && Number(token) < value.length ? [Number(token)] : [];
    return indexes.map((i) => ({ parent: value, key: i, value: value[i], pointer: `${pointer}/${i}` }));
  }
  if (isObject(value) && Object.hasOwn(value, token)) return [{ parent: value, key: token, value: value[token], pointer: `${pointer}/${escapeToken(token)}` }];
  return [];
}

/** Every existing location a pointer (with `*` for every array item) reaches below `root`; none for `''`. */
export function slots(root: unknown, pattern: string): Slot[] {
  const tokens = tokensOf(pattern);
  if (tokens.length === 0) return [];
  let found: PointedValue[] = [{ pointer: '', value: root }];
  let last: Slot[] = [];
  for (const token of tokens) {
    last = found.flatMap((f) => step(f.value, token, f.pointer));
    found = last;
  }
  return last;
}

/** Every value a pointer (with `*` for every array item) reaches; `''` is the document itself. */
export function valuesAt(doc: unknown, pattern: string): PointedValue[] {
  return pattern === '' ? [{ pointer: '', value: doc }] : slots(doc, pattern).map(({ pointer, value }) => ({ pointer, value }));
}

/** The value at a concrete pointer (no wildcard), or undefined when the path does not exist. */
export function valueAt(doc: unknown, pointer: string): unknown {
  let value = doc;
  for (const token of tokensOf(pointer)) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, token)) return undefined;
    value = (value as Record<string, unknown>)[token];
  }
  return value;
}

/** Sets `value` at a concrete pointer, creating missing objects on the way; false when it cannot. */
export function setAt(root: unknown, pointer: string, value: unknown): boolean {
  const parts = tokensOf(pointer);
  let node = root as Record<string, unknown>;
  for (const [i, part] of parts.entries()) {
    if (node === null || typeof node !== 'object') return false;
    if (i === parts.length - 1) {
      node[part] = value;
      return true;
    }
    if (node[part] === undefined) node[part] = {};
    node = node[part] as Record<string, unknown>;
  }
  return false;
}
