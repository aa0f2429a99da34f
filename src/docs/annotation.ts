import { closest, distance } from 'fastest-levenshtein';
import type { Annotation, DocDiagnostic, SourceRef } from './types.js';

/**
 * Keys of ApiDoctor code-block and page annotations
 * (https://github.com/OneDrive/apidoctor/blob/master/docs/annotations.md), plus the keys the
 * beta reference uses consistently. Anything else is reported as unknown.
 */
export const KNOWN_ANNOTATION_KEYS: readonly string[] = [
  '@odata.annotations', '@odata.type', '@property.aka', '@type', '@type.aka', 'abstract', 'baseType',
  'blockType', 'description', 'expectError', 'isCollection', 'isEmpty', 'isMediaEntity', 'keyProperty',
  'keywords', 'name', 'namespace', 'navigationProperty', 'nullableProperties', 'opaqueUrl', 'openType',
  'optionalProperties', 'sampleKeys', 'scopes', 'section', 'suppressions', 'tags', 'target', 'tocBookmarks',
  'tocIndex', 'tocPath', 'truncated', 'type',
];

/**
 * Block types ApiDoctor understands, and `permissions`, which labels the include holding a page's
 * permissions table (`<!-- { "blockType": "permissions", "name": "user_delete" } -->`, 2024 on).
 */
export const KNOWN_BLOCK_TYPES: readonly string[] = [
  'example', 'ignored', 'permissions', 'request', 'resource', 'response', 'simulatedResponse',
];

const known = new Set(KNOWN_ANNOTATION_KEYS);
const knownLower = new Map(KNOWN_ANNOTATION_KEYS.map((k) => [k.toLowerCase(), k]));

/**
 * Parses the JSON of an annotation comment. Tolerates the defects that occur in real pages
 * (trailing commas, `//` and `/* *\/` comments) but reports each one, and every unknown key.
 */
export function parseAnnotation(raw: string, source: SourceRef): { annotation: Annotation; diagnostics: DocDiagnostic[] } {
  const diagnostics: DocDiagnostic[] = [];
  let value = tryParse(raw);
  if (value === undefined) {
    const repaired = repairJson(raw);
    value = tryParse(repaired.text);
    if (value !== undefined) {
      if (repaired.trailingCommas) {
        diagnostics.push({ rule: 'annotation-trailing-comma', severity: 'info', message: 'annotation has a trailing comma (tolerated)', source });
      }
      if (repaired.comments) {
        diagnostics.push({ rule: 'annotation-comment', severity: 'info', message: 'annotation contains a comment, which JSON does not allow (tolerated)', source });
      }
    }
  }
  if (value === undefined) {
    diagnostics.push({ rule: 'annotation-malformed', severity: 'warning', message: `annotation is not valid JSON: ${jsonError(raw)}; the code block after it is read without it`, source });
    return { annotation: { line: source.line }, diagnostics };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    diagnostics.push({ rule: 'annotation-malformed', severity: 'warning', message: 'annotation is JSON but not an object', source });
    return { annotation: { line: source.line }, diagnostics };
  }
  const record = value as Record<string, unknown>;
  // `for…in` walks the keys without an array of them per annotation; JSON.parse gives own keys only.
  for (const key in record) {
    if (Object.hasOwn(record, key) && !known.has(key)) diagnostics.push(unknownKey(key, source));
  }
  const blockType = record['blockType'];
  if (blockType !== undefined && !(typeof blockType === 'string' && KNOWN_BLOCK_TYPES.includes(blockType))) {
    diagnostics.push({ rule: 'annotation-unknown-block-type', severity: 'warning', message: `unknown blockType ${JSON.stringify(blockType)}; expected one of ${KNOWN_BLOCK_TYPES.join(', ')}`, source });
  }
  return { annotation: { line: source.line, value: record }, diagnostics };
}

function unknownKey(key: string, source: SourceRef): DocDiagnostic {
  const suggestion = knownLower.get(key.toLowerCase()) ?? nearKey(key);
  const hint = suggestion ? ` (did you mean \`${suggestion}\`?)` : '';
  return { rule: 'annotation-unknown-key', severity: 'warning', message: `unknown annotation key \`${key}\`${hint}`, source };
}

function nearKey(key: string): string | undefined {
  const candidate = closest(key, KNOWN_ANNOTATION_KEYS as string[]);
  return distance(key, candidate) <= Math.max(2, Math.floor(key.length / 4)) ? candidate : undefined;
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function jsonError(text: string): string {
  try {
    JSON.parse(repairJson(text).text);
    return 'unknown error';
  } catch (err) {
    return (err as Error).message;
  }
}

/**
 * Removes comments and trailing commas outside strings. Hand-written because JSON5 parsers
 * accept far more than annotations may contain, and we must report exactly what was repaired.
 */
export function repairJson(text: string): { text: string; trailingCommas: boolean; comments: boolean } {
  let out = '';
  let trailingCommas = false;
  let comments = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      const end = stringEnd(text, i);
      out += text.slice(i, end);
      i = end - 1;
    } else if (c === '/' && text[i + 1] === '/') {
      comments = true;
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (c === '/' && text[i + 1] === '*') {
      comments = true;
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? text.length : close + 1;
    } else if (c === ',' && /^\s*[}\]]/.test(text.slice(i + 1, i + 200))) {
      trailingCommas = true;
    } else {
      out += c;
    }
  }
  return { text: out, trailingCommas, comments };
}

function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i + 1;
  }
  return text.length;
}
