import type { Example, Operation, PathTemplate, Property } from '../model/types.js';
import { schemaFile, type TypeIndex } from '../schemas/index.js';
import { replacePlaceholders, type IsPlaceholder } from './placeholders.js';
import type { Contract } from './types.js';

/** Headers a contract never pins: credentials and values the transport computes. */
const DROPPED_HEADERS = new Set(['authorization', 'content-length']);

/** The request half of a contract from an example request. */
export function requestFromExample(op: Operation, example: Example, index: TypeIndex, isPlaceholder: IsPlaceholder): Contract['request'] {
  const req = example.request;
  const path = distinctParams(req.path.split('?', 1)[0]!);
  const schemaType = requestType(op, req.body, index);
  const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => !DROPPED_HEADERS.has(k.toLowerCase())));
  let body = req.body;
  let placeholders: string[] = [];
  if (body !== undefined) {
    const tableProps = new Map<string, Property>(op.requestProperties.map((p) => [p.name, p]));
    const replaced = replacePlaceholders(body, schemaType ? { name: schemaType, collection: false } : undefined, index, isPlaceholder, (n) => tableProps.get(n));
    body = replaced.value;
    placeholders = replaced.pointers;
  }
  return {
    method: req.method,
    path,
    pathParams: pathParams(path),
    query: { ...req.query },
    headers,
    ...(body !== undefined ? { body } : {}),
    placeholders,
    ...(schemaType ? { schema: schemaFile(schemaType) } : {}),
  };
}

/** The request half of a contract that only has the page's path template. */
export function requestFromTemplate(op: Operation, template: PathTemplate): Contract['request'] {
  const path = distinctParams(template.template.split('?', 1)[0]!);
  return { method: op.method, path, pathParams: pathParams(path), query: {}, headers: {}, placeholders: [] };
}

/**
 * The path with repeated placeholder names told apart (`/me/events/{id}/attachments/{id}` →
 * `…/attachments/{id_2}`): pages reuse `{id}` for different keys, and one value for both would
 * name an attachment by its event's id.
 */
export function distinctParams(path: string): string {
  const seen = new Map<string, number>();
  const taken = new Set(pathParams(path));
  return path.replace(/\{([^{}]*)\}/g, (whole, raw: string) => {
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

/** Names of the `{…}` placeholders in a path, in order. */
export function pathParams(path: string): string[] {
  return [...path.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]!.trim());
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
