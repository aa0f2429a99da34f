import type { Example, Operation, Resource, TypeRef } from '../model/types.js';
import { schemaFile, type TypeIndex } from '../schemas/index.js';
import { enumFields, requiredFields } from './fields.js';
import { replacePlaceholders, type IsPlaceholder } from './placeholders.js';
import type { Contract } from './types.js';

/** Status Graph answers a method with when the page documents none. */
const DEFAULT_STATUS: Record<Operation['method'], number> = { GET: 200, POST: 201, PUT: 200, PATCH: 204, DELETE: 204 };

/**
 * The response half of a contract: documented status (Response sentence, else the example's
 * status line, else the method's usual one), body kind, type and schema, required and enum
 * fields, and the example body with placeholders replaced.
 */
export function deriveResponse(op: Operation, example: Example | undefined, index: TypeIndex, isPlaceholder: IsPlaceholder): Contract['response'] {
  const res = example?.response;
  const status = op.successStatus ?? res?.status ?? DEFAULT_STATUS[op.method];
  const declaredContentType = headerValue(res?.headers, 'content-type');
  // A text or binary body (`/$count`, `/$value`, reports as CSV) is not the documented JSON type.
  const json = !declaredContentType || /json/i.test(declaredContentType);
  const type = json ? responseType(op, example, index) : undefined;
  const bodyKind = json ? kindOf(op, status, res, type) : status === 204 ? 'none' : 'unknown';
  const ref: TypeRef | undefined = type && { name: type.name, collection: bodyKind === 'collection' };
  // A non-JSON body is kept as its text, so that the mock can answer it as documented.
  let exampleBody = json ? res?.body : (res?.bodyText ?? res?.body);
  let placeholders: string[] = [];
  if (exampleBody !== undefined && json) {
    const target = bodyKind === 'collection' ? undefined : ref;
    const replaced = replacePlaceholders(exampleBody, target, index, isPlaceholder, bodyKind === 'collection' && ref ? collectionLookup(ref) : undefined);
    exampleBody = replaced.value;
    placeholders = replaced.pointers;
  }
  const contentType = declaredContentType ?? (bodyKind === 'entity' || bodyKind === 'collection' ? 'application/json' : undefined);
  return {
    status,
    ...(contentType && bodyKind !== 'none' ? { contentType } : {}),
    body: bodyKind,
    ...(type ? { schema: schemaFile(type.name), type: type.name } : {}),
    requiredFields: type && (bodyKind === 'entity' || bodyKind === 'collection') ? requiredFields(bodyKind, type, exampleBody, index) : [],
    enumFields: type && bodyKind !== 'none' ? enumFields(type, bodyKind === 'collection', index) : [],
    ...(exampleBody !== undefined ? { example: exampleBody } : {}),
    placeholders,
    truncated: res?.truncated ?? false,
  };
}

/** `{ value: [...] }`: only `value` is declared, as a collection of the item type. */
function collectionLookup(item: TypeRef) {
  return (name: string) => (name === 'value' ? { name: 'value', type: { name: item.name, collection: true }, description: '', nullable: false, readOnly: false, navigation: false, source: { file: '', line: 0 } } : undefined);
}

function kindOf(op: Operation, status: number, res: Example['response'], type: Resource | undefined): Contract['response']['body'] {
  if (op.noContent || status === 204) return 'none';
  if (op.responseType?.collection || res?.isCollection) return 'collection';
  const body = res?.body;
  if (body && typeof body === 'object' && Array.isArray((body as Record<string, unknown>).value) && !type?.properties.some((p) => p.name === 'value')) return 'collection';
  if (type || (body !== null && typeof body === 'object')) return 'entity';
  if (res && res.body === undefined && res.bodyText === undefined && !op.responseType) return 'none';
  return 'unknown';
}

/**
 * The documented type of the body: the Response sentence's type, else the example annotation's
 * `@odata.type`, else the body's own `@odata.type`. Only resource/complex types count: a
 * sentence naming a primitive or a type without a page (which the model reports) leaves the
 * body untyped.
 */
function responseType(op: Operation, example: Example | undefined, index: TypeIndex): Resource | undefined {
  const body = example?.response?.body as Record<string, unknown> | undefined;
  const bodyType = body && typeof body === 'object' && typeof body['@odata.type'] === 'string' ? (body['@odata.type'] as string) : undefined;
  const names = [op.responseType?.name, example?.response?.odataType, bodyType].filter((n): n is string => !!n);
  for (const name of names) {
    const t = name.startsWith('Edm.') ? undefined : index.get(name);
    if (t?.kind === 'resource') return t.resource;
  }
  return undefined;
}

/** A header value by case-insensitive name, without parameters (`application/json; charset=utf-8` → `application/json`). */
export function headerValue(headers: Record<string, string> | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() === name) return v.split(';', 1)[0]!.trim();
  return undefined;
}
