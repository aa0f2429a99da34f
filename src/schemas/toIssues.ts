import type { AjvErrors } from './ajv.js';
import type { SchemaIssue } from './types.js';
import { valueAt, escapeToken } from '../util/jsonPointer.js';

/**
 * ajv errors → SchemaIssues: pointer prefixed, one readable sentence each, expected vs actual.
 * Drops the noise that our nullable `anyOf [schema, {type: null}]` wrappers add: the failed
 * `null` branch and the `anyOf` summary, when a more specific error explains the failure.
 */
export function toIssues(errors: AjvErrors, value: unknown, prefix = ''): SchemaIssue[] {
  const specific = errors.filter((e) => !isNullBranch(e) && e.keyword !== 'anyOf');
  const kept = specific.length > 0 ? specific : errors;
  return kept.map((e) => {
    const pointer = prefix + e.instancePath + (e.keyword === 'required' ? `/${escapeToken(String(e.params.missingProperty))}` : '');
    const actual = e.keyword === 'required' ? undefined : valueAt(value, e.instancePath);
    const expected = expectedOf(e);
    const got = actual === undefined ? '' : ` (got ${describe(actual)})`;
    return { pointer, keyword: e.keyword, message: `${pointer || '/'} ${messageOf(e)}${got}`, expected, actual };
  });
}

function isNullBranch(e: AjvErrors[number]): boolean {
  return e.keyword === 'type' && e.params.type === 'null' && /\/anyOf\/\d+\/type$/.test(e.schemaPath);
}

function messageOf(e: AjvErrors[number]): string {
  switch (e.keyword) {
    case 'enum':
      return `must be one of ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'required':
      return 'is required but missing';
    case 'pattern':
      // Our only pattern: number-typed values that Graph may send as "NaN"/"INF" strings.
      return e.params.pattern === '^(NaN|-?INF)$' ? 'must be a number (or "NaN", "INF", "-INF")' : `must match ${e.params.pattern}`;
    default:
      return e.message ?? `fails ${e.keyword}`;
  }
}

function expectedOf(e: AjvErrors[number]): unknown {
  const p = e.params;
  switch (e.keyword) {
    case 'type':
      return p.type;
    case 'enum':
      return p.allowedValues;
    case 'format':
      return p.format;
    case 'required':
      return p.missingProperty;
    case 'pattern':
      return p.pattern;
    default:
      return p;
  }
}


function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  const text = JSON.stringify(v);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
