import { diffJson } from 'diff';

/** One line of a diff: `-` only in expected, `+` only in actual, ` ` in both. */
export type DiffLine = [op: '-' | '+' | ' ', text: string];

/**
 * Expected vs actual as a line diff of their pretty JSON (jsdiff's `diffJson`, which sorts keys
 * so key order never shows as a difference). Undefined when either side is missing.
 */
export function jsonDiff(expected: unknown, actual: unknown): DiffLine[] | undefined {
  if (expected === undefined || actual === undefined) return undefined;
  const lines: DiffLine[] = [];
  for (const part of diffJson(toDiffable(expected), toDiffable(actual))) {
    const op = part.added ? '+' : part.removed ? '-' : ' ';
    for (const text of part.value.replace(/\n$/, '').split('\n')) lines.push([op, text]);
  }
  return lines;
}

// diffJson takes objects, or strings it compares as text; wrap scalars so `"404"` and `404` differ.
function toDiffable(value: unknown): string | object {
  return typeof value === 'object' && value !== null ? value : JSON.stringify(value);
}
