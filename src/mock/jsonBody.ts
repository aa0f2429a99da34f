/** Deepest nesting of objects and arrays a request body may have (OData's default message quota). */
export const MAX_JSON_DEPTH = 100;

/** A JSON request body: parsed, or why it could not be read. */
export type ParsedJson = { ok: true; value: unknown } | { ok: false; message: string };

/**
 * Parses a JSON request body, refusing one nested deeper than {@link MAX_JSON_DEPTH} before
 * parsing it: every later step (validation, copies, merges) walks the value recursively, and a
 * body 100,000 levels deep must be a 400, not a stack overflow.
 */
export function parseJsonBody(text: string): ParsedJson {
  const depth = nestingDepth(text, MAX_JSON_DEPTH);
  if (depth > MAX_JSON_DEPTH) return { ok: false, message: `The request body is nested more than ${MAX_JSON_DEPTH} levels deep.` };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (err) {
    return { ok: false, message: `Unable to read JSON request payload: ${(err as Error).message}` };
  }
}

/** Nesting depth of `[`/`{` outside strings, counting stops just past `limit`. */
function nestingDepth(text: string, limit: number): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max && (max = depth) > limit) return max;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return max;
}
