/**
 * The forms a secret takes on the wire besides itself. Written by hand: no library enumerates the
 * encodings a value can hide in, and redaction must know all of them.
 *
 * - base64 and base64url of any text that contains the secret: the encoding of a substring depends
 *   on its byte offset modulo 3, so the secret is encoded after 0, 1 and 2 filler bytes and only the
 *   characters that depend on the secret's bytes alone are kept (`Basic <base64(user:secret)>`,
 *   `base64("Bearer <token>")` are caught that way);
 * - URL-encoded (`%7E`, `%7e`, `+` for a space, doubly encoded `%257E`) and JSON-escaped (`\u007E`,
 *   `\/`, `\"`), in any mix and per character: `flexiblePattern` matches each character in every
 *   such spelling, so one pattern covers raw, encoded and escaped text.
 */

/** Shortest base64 fragment worth matching: shorter runs would match ordinary base64 by chance. */
const MIN_FRAGMENT = 8;

/** The base64 and base64url fragments that appear wherever a text containing `value` is base64-encoded. */
export function base64Fragments(value: string): string[] {
  const bytes = Buffer.from(value, 'utf8');
  const out = new Set<string>();
  for (let offset = 0; offset < 3; offset++) {
    const shifted = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64');
    // Groups of 4 characters encode 3 bytes: skip the group holding filler bytes, and the last
    // group when it holds bytes of whatever follows the secret (or padding).
    const start = offset === 0 ? 0 : 4;
    const end = Math.floor((offset + bytes.length) / 3) * 4;
    const fragment = shifted.slice(start, end);
    if (fragment.length < MIN_FRAGMENT) continue;
    out.add(fragment);
    out.add(fragment.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  return [...out];
}

/** The signature part of a JWT (`header.payload.signature`), or undefined when `value` is not one. */
export function jwtSignature(value: string): string | undefined {
  const parts = value.split('.');
  if (parts.length !== 3 || !parts.every((p) => /^[A-Za-z0-9_-]*$/.test(p)) || !value.startsWith('eyJ')) return undefined;
  return parts[2] || undefined;
}

const hexDigit = (d: string) => (/[a-f]/i.test(d) ? `[${d.toUpperCase()}${d.toLowerCase()}]` : d);
const hex = (n: number, width: number) => n.toString(16).padStart(width, '0').split('').map(hexDigit).join('');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/** Every spelling of one character: raw, percent-encoded (once or twice), JSON `\uXXXX` or a short JSON escape. */
function characterPattern(char: string): string {
  const forms = [escapeRegExp(char)];
  const bytes = Buffer.from(char, 'utf8');
  forms.push(`%(?:25)?${[...bytes].map((b) => hex(b, 2)).join('%(?:25)?')}`);
  const units = [...Array(char.length).keys()].map((i) => `\\\\u${hex(char.charCodeAt(i), 4)}`).join('');
  forms.push(units);
  if (char === '/' || char === '"' || char === '\\') forms.push(`\\\\${escapeRegExp(char)}`);
  if (char === ' ') forms.push('\\+');
  return `(?:${forms.join('|')})`;
}

/** A regular expression source matching `literal` with each character raw, URL-encoded or JSON-escaped. */
export function flexiblePattern(literal: string): string {
  return [...literal].map(characterPattern).join('');
}
