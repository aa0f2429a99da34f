import { primitiveName } from './typeRef.js';

/**
 * Example values that stand for "some value of this type" rather than a value: a type name
 * (`"String"`, `"Int32"`, `"DateTimeOffset"`), a type with a note (`"String (timestamp)"`), a
 * template (`"{id}"`, `"<guid>"`), or generated filler (`"Name value"`, `"id-value"`,
 * `"datetime-value"`). Graph doc generators and authors write these in examples.
 */
const TEMPLATE = /^(?:\{[^{}]*\}|<[^<>]*>|\[[^[\]]*\])$/;
const FILLER = /^(?:.*[\s-])?value$/i;
const TYPE_WITH_NOTE = /^([A-Za-z.]+)\s*\(.*\)$/;

/**
 * True when an example value is a doc placeholder. Callers that check enum members must test
 * membership first: an enum may really have a member called `string` or `date`.
 *
 * Asked of every string of every example body, most of which are none of these: each form is
 * tried only where its first or last character allows it (a template opens with `{`, `<` or `[`;
 * filler ends in `value`; a note in `)`), and type names only for short words.
 */
export function isPlaceholderValue(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const v = value.trim();
  if (v === '' || v === '...') return v === '...';
  if (isPrimitiveName(v)) return true;
  const first = v.charCodeAt(0);
  const last = v.charCodeAt(v.length - 1);
  if ((first === 0x7b || first === 0x3c || first === 0x5b) && TEMPLATE.test(v)) return true;
  if ((last === 0x65 || last === 0x45) && FILLER.test(v)) return true;
  if (last !== 0x29) return false;
  const noted = TYPE_WITH_NOTE.exec(v);
  return noted?.[1] !== undefined && isPrimitiveName(noted[1]);
}

/**
 * A primitive type's name. Only words of letters, digits and dots can be one (`Int32`,
 * `Edm.String`), so others are not lower-cased to be looked up (no other character lower-cases to
 * one found in a primitive's name). Tested for a string answer: `primitiveName` looks names up in
 * a plain record, where `constructor` finds Object's.
 */
function isPrimitiveName(name: string): boolean {
  if (name.length > 16) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i) | 0x20;
    if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2e)) return false;
  }
  return typeof primitiveName(name) === 'string';
}
