/** A value as one line of JSON, cut to `max` characters with `…` (undefined and functions as `String(value)`). */
export function jsonPreview(value: unknown, max: number): string {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > max ? `${text.slice(0, max)}…` : text;
}
