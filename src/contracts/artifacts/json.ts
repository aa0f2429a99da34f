import { isObject } from '../../util/json.js';

/**
 * JSON with object keys sorted (recursively; a top-level `generated` notice first, so every
 * artifact opens with it), two-space indent and a trailing newline: the one serialization of
 * every generated artifact, so a rebuild from the same docs is byte-identical and a docs change
 * is a small diff. Array order is kept (it carries meaning: enum members).
 */
export function stableJson(value: unknown): string {
  const sorted = sortDeep(value);
  if (isObject(sorted) && 'generated' in sorted) {
    const { generated, ...rest } = sorted;
    return `${JSON.stringify({ generated, ...rest }, null, 2)}\n`;
  }
  return `${JSON.stringify(sorted, null, 2)}\n`;
}

function sortDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortDeep);
  if (!isObject(value)) return value;
  const sorted: Record<string, unknown> = {};
  for (const k of Object.keys(value).sort()) if (value[k] !== undefined) sorted[k] = sortDeep(value[k]);
  return sorted;
}
