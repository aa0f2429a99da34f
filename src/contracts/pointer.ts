/** A value found in a JSON document, with the concrete JSON pointer it was found at. */
export interface PointedValue {
  pointer: string;
  value: unknown;
}

/** Escapes one reference token for a JSON pointer (RFC 6901). */
export function escapeToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

function unescapeToken(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

/**
 * Every value matching a pointer pattern where `*` stands for each item of an array (the
 * `EnumField.pointer` convention, e.g. `/value/*‌/status`). Missing paths yield nothing.
 */
export function valuesAt(doc: unknown, pattern: string): PointedValue[] {
  const tokens = pattern === '' ? [] : pattern.split('/').slice(1).map(unescapeToken);
  let found: PointedValue[] = [{ pointer: '', value: doc }];
  for (const token of tokens) {
    const next: PointedValue[] = [];
    for (const { pointer, value } of found) {
      if (token === '*' && Array.isArray(value)) {
        value.forEach((item, i) => next.push({ pointer: `${pointer}/${i}`, value: item }));
      } else if (value !== null && typeof value === 'object' && Object.hasOwn(value, token)) {
        next.push({ pointer: `${pointer}/${escapeToken(token)}`, value: (value as Record<string, unknown>)[token] });
      }
    }
    found = next;
  }
  return found;
}
