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

/** 1-based line of a JSON.parse error position, when the engine reports one. */
function errorLine(text: string, error: unknown): number {
  const m = /position (\d+)/.exec(String(error));
  return m ? text.slice(0, Number(m[1])).split('\n').length : 1;
}

/**
 * Parses an example body. `start` is the source of the body's first line. Strict JSON first (the
 * common case costs one JSON.parse); otherwise tolerated repairs, each one a diagnostic; a body
 * that still does not parse is returned as `bodyText` with one diagnostic.
 */
export function parseJsonBody(text: string, start: SourceRef): { body?: unknown; bodyText?: string; diagnostics: DocDiagnostic[] } {
  try {
    return { body: JSON.parse(text), diagnostics: [] };
  } catch {
    // fall through to the tolerant path
  }
  const repaired = repairJson(text);
  try {
    const body: unknown = JSON.parse(repaired.text);
    const diagnostics = repaired.repairs.map((r) =>
      diagnostic(RULES[r.kind], 'info', `Example body has ${WHAT[r.kind]}: ${JSON.stringify(r.text.slice(0, 60))}.`, lineBelow(start, r.line - 1)),
    );
    return { body, diagnostics };
  } catch (error) {
    const at = lineBelow(start, errorLine(repaired.text, error) - 1);
    const reason = String(error instanceof Error ? error.message : error).slice(0, 120);
    return { bodyText: text, diagnostics: [diagnostic('example-body-not-json', 'warning', `Example body is not JSON, kept as text (${reason}).`, at)] };
  }
}
