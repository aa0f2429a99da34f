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
 */
export function isPlaceholderValue(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const v = value.trim();
  if (v === '' || v === '...') return v === '...';
  if (isPrimitiveName(v) || TEMPLATE.test(v) || FILLER.test(v)) return true;
  const noted = TYPE_WITH_NOTE.exec(v);
  return noted?.[1] !== undefined && isPrimitiveName(noted[1]);
}

/** A primitive type's name. Tested for a string answer: `primitiveName` looks names up in a plain record, where `constructor` finds Object's. */
const isPrimitiveName = (name: string): boolean => typeof primitiveName(name) === 'string';
