import type { DocDiagnostic, SourceRef } from '../docs/types.js';
import { diagnostic, lineBelow } from './diagnostic.js';
import { repairJson, type JsonRepair } from './jsonRepair.js';

const RULES: Record<JsonRepair['kind'], string> = {
  comment: 'example-json-comment',
  ellipsis: 'example-json-ellipsis',
  'trailing-comma': 'example-json-trailing-comma',
  'unquoted-value': 'example-json-unquoted-value',
};

const WHAT: Record<JsonRepair['kind'], string> = {
  comment: 'a comment, ignored',
  ellipsis: 'an ellipsis standing for omitted content, ignored',
  'trailing-comma': 'a stray comma, ignored',
  'unquoted-value': 'an unquoted value, read as a string',
};

/** Repairs of one body reported one by one; the rest are counted in one more diagnostic. */
const MAX_REPAIRS_LISTED = 100;

/** 1-based line of a JSON.parse error position, when the engine reports one. */
function errorLine(text: string, error: unknown): number {
  const m = /position (\d+)/.exec(String(error));
  return m ? text.slice(0, Number(m[1])).split('\n').length : 1;
}

/**
 * Deepest nesting of arrays and objects an example body may have. Graph bodies nest a dozen levels
 * at most; far deeper ones cannot even be written back as JSON (JSON.stringify overflows the
 * stack near 10,000 levels) and every later stage walks bodies.
 */
export const MAX_JSON_DEPTH = 100;

/** How many `{` and `[` a text holds (in strings too: an upper bound of its nesting). */
function openings(text: string): number {
  let n = 0;
  for (let at = text.indexOf('{'); at >= 0; at = text.indexOf('{', at + 1)) n++;
  for (let at = text.indexOf('['); at >= 0; at = text.indexOf('[', at + 1)) n++;
  return n;
}

/** True when `value` nests deeper than `limit`; iterative, so any depth is measured safely. */
export function nestsDeeper(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth >= limit) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * Parses an example body. `start` is the source of the body's first line. Strict JSON first (the
 * common case costs one JSON.parse); otherwise tolerated repairs, each one a diagnostic; a body
 * that still does not parse, or nests deeper than `MAX_JSON_DEPTH`, is returned as `bodyText`
 * with one diagnostic.
 */
export function parseJsonBody(text: string, start: SourceRef): { body?: unknown; bodyText?: string; diagnostics: DocDiagnostic[] } {
  const parsed = parseTolerant(text, start);
  // A body with fewer brackets than the limit cannot nest past it: nearly all, and they are not walked.
  if (parsed.body === undefined || openings(text) <= MAX_JSON_DEPTH || !nestsDeeper(parsed.body, MAX_JSON_DEPTH)) return parsed;
  return { bodyText: text, diagnostics: [...parsed.diagnostics, diagnostic('example-body-too-deep', 'warning', `Example body nests deeper than ${MAX_JSON_DEPTH} levels; kept as text, not checked or served.`, start)] };
}

function parseTolerant(text: string, start: SourceRef): { body?: unknown; bodyText?: string; diagnostics: DocDiagnostic[] } {
  try {
    return { body: JSON.parse(text), diagnostics: [] };
  } catch {
    // fall through to the tolerant path
  }
  const repaired = repairJson(text);
  try {
    const body: unknown = JSON.parse(repaired.text);
    // Each repair at its line, up to a few per body: a body with a million stray commas is one finding.
    const diagnostics = repaired.repairs.slice(0, MAX_REPAIRS_LISTED).map((r) =>
      diagnostic(RULES[r.kind], 'info', `Example body has ${WHAT[r.kind]}: ${JSON.stringify(r.text.slice(0, 60))}.`, lineBelow(start, r.line - 1)),
    );
    const rest = repaired.repairs.slice(MAX_REPAIRS_LISTED);
    if (rest.length > 0) diagnostics.push(diagnostic(RULES[rest[0]!.kind], 'info', `Example body needs ${rest.length} more repairs (comments, ellipses, stray commas, unquoted values), not listed one by one.`, lineBelow(start, rest[0]!.line - 1)));
    return { body, diagnostics };
  } catch (error) {
    const at = lineBelow(start, errorLine(repaired.text, error) - 1);
    const reason = String(error instanceof Error ? error.message : error).slice(0, 120);
    return { bodyText: text, diagnostics: [diagnostic('example-body-not-json', 'warning', `Example body is not JSON, kept as text (${reason}).`, at)] };
  }
}
