import { diffJson } from 'diff';

/** One line of a diff: `-` only in expected, `+` only in actual, ` ` in both. */
export type DiffLine = [op: '-' | '+' | ' ', text: string];

/**
 * Expected vs actual as a line diff of their pretty JSON (jsdiff's `diffJson`, which sorts keys
 * so key order never shows as a difference). Undefined when either side is missing.
 */
export function jsonDiff(expected: unknown, actual: unknown): DiffLine[] | undefined {
  if (expected === undefined || actual === undefined) return undefined;
  // Unless both sides are objects no line can be common, and jsdiff is the slow part of a big report.
  if (!isContainer(expected) || !isContainer(actual)) return [...lines('-', expected), ...lines('+', actual)];
  const out: DiffLine[] = [];
  for (const part of diffJson(expected, actual)) {
    const op = part.added ? '+' : part.removed ? '-' : ' ';
    for (const text of part.value.replace(/\n$/, '').split('\n')) out.push([op, text]);
  }
  return out;
}

/** An object or an array: the values whose pretty JSON spans lines. */
function isContainer(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

function lines(op: '-' | '+', value: unknown): DiffLine[] {
  return (JSON.stringify(value, null, 2) ?? String(value)).split('\n').map((text) => [op, text]);
}
