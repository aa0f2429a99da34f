/**
 * JSON with object keys sorted (recursively), two-space indent and a trailing newline: the one
 * serialization of every generated artifact, so a rebuild from the same docs is byte-identical
 * and a docs change is a small diff. Array order is kept (it carries meaning: enum members).
 */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(value, sortKeys, 2)}\n`;
}

function sortKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const sorted: Record<string, unknown> = {};
  for (const k of Object.keys(value).sort()) sorted[k] = (value as Record<string, unknown>)[k];
  return sorted;
}
