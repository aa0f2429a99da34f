import type { Example, Operation, PathTemplate, Property } from '../model/types.js';
import { schemaFile, type TypeIndex } from '../schemas/index.js';
import { pathParams, withoutQuery } from './pathText.js';
import { replacePlaceholders, type IsPlaceholder, type Lookup } from './placeholders.js';
import type { Contract } from './types.js';

/** A `{name}` placeholder of a path (`replace` starts a global pattern from the beginning each time). */
const PLACEHOLDER = /\{([^{}]*)\}/g;

/** Headers a contract never pins: credentials and values the transport computes. */
const DROPPED_HEADERS = new Set(['authorization', 'content-length']);

/** The request half of a contract from an example request. */
export function requestFromExample(op: Operation, example: Example, index: TypeIndex, isPlaceholder: IsPlaceholder): Contract['request'] {
  const req = example.request;
  const [path, params] = distinctPath(withoutQuery(req.path));
  const schemaType = requestType(op, req.body, index);
  // A loop rather than `fromEntries(entries().filter())`: one request per example of the reference.
  const headers: Record<string, string> = {};
  for (const k in req.headers) if (!DROPPED_HEADERS.has(k.toLowerCase())) headers[k] = req.headers[k]!;
  let body = req.body;
  let placeholders: string[] = [];
  if (body !== undefined) {
    const replaced = replacePlaceholders(body, schemaType, index, isPlaceholder, tableLookup(op.requestProperties));
    body = replaced.value;
    placeholders = replaced.pointers;
  }
  // No spreads of conditional literals (each allocates an object, for every example of the
  // reference); the key order stays the one `Contract` documents.
  const query = { ...req.query };
  const request: Contract['request'] =
    body === undefined ? { method: req.method, path, pathParams: params, query, headers, placeholders } : { method: req.method, path, pathParams: params, query, headers, body, placeholders };
  if (schemaType) request.schema = schemaFile(schemaType);
  return request;
}

/** The request half of a contract that only has the page's path template. */
export function requestFromTemplate(op: Operation, template: PathTemplate): Contract['request'] {
  const [path, params] = distinctPath(withoutQuery(template.template));
  return { method: op.method, path, pathParams: params, query: {}, headers: {}, placeholders: [] };
}

/**
 * The request body table's rows by name, the last row of a repeated name winning. A table is
 * searched rather than indexed unless it is long: only a body's top-level members are looked up,
 * and a map per example cost more than searching the few rows most tables have.
 */
function tableLookup(rows: readonly Property[]): Lookup {
  if (rows.length > SEARCHED_ROWS) {
    const byName = new Map<string, Property>();
    for (const row of rows) byName.set(row.name, row);
    return (name) => byName.get(name);
  }
  return (name) => {
    for (let i = rows.length - 1; i >= 0; i--) if (rows[i]!.name === name) return rows[i];
    return undefined;
  };
}

/** Tables up to this many rows are searched, longer ones indexed. */
const SEARCHED_ROWS = 32;

/**
 * The path with repeated placeholder names told apart (`/me/events/{id}/attachments/{id}` →
 * `…/attachments/{id_2}`): pages reuse `{id}` for different keys, and one value for both would
 * name an attachment by its event's id.
 */
export function distinctParams(path: string): string {
  return distinctPath(path)[0];
}

/** `distinctParams` with the placeholder names of the path it returns (its `pathParams`). */
function distinctPath(path: string): [string, string[]] {
  const names = pathParams(path);
  // Most paths repeat no name (few hold more than one): nothing to rename, and no second scan.
  if (!repeats(names)) return [path, names];
  const renamed = renameRepeats(path, names);
  return [renamed, pathParams(renamed)];
}

function repeats(names: readonly string[]): boolean {
  for (let i = 1; i < names.length; i++) if (names.indexOf(names[i]!) < i) return true;
  return false;
}

function renameRepeats(path: string, names: readonly string[]): string {
  const seen = new Map<string, number>();
  const taken = new Set(names);
  return path.replace(PLACEHOLDER, (whole, raw: string) => {
    const name = raw.trim();
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    if (n === 1) return whole;
    let renamed = `${name}_${n}`;
    while (taken.has(renamed)) renamed += '_';
    taken.add(renamed);
    return `{${renamed}}`;
  });
}

/** Documented request body type: the Request body sentence's, else the body's `@odata.type`. */
function requestType(op: Operation, body: unknown, index: TypeIndex): string | undefined {
  const odataType = body && typeof body === 'object' ? (body as Record<string, unknown>)['@odata.type'] : undefined;
  for (const name of [op.requestType?.name, typeof odataType === 'string' ? odataType : undefined]) {
    const t = name && !name.startsWith('Edm.') ? index.get(name) : undefined;
    if (t?.kind === 'resource') return t.name;
  }
  return undefined;
}
