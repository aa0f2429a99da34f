import type { SourceRef } from '../docs/types.js';
import type { Example, Operation, Resource, TypeRef } from '../model/types.js';
import { schemaFile, type TypeIndex } from '../schemas/index.js';
import { unqualified } from '../schemas/view/typeOf.js';
import { enumFields } from './fields.js';
import { requiredFields } from './required.js';
import { replacePlaceholders, type IsPlaceholder } from './placeholders.js';
import type { Contract } from './types.js';

/** Status Graph answers a method with when the page documents none. */
const DEFAULT_STATUS: Record<Operation['method'], number> = { GET: 200, POST: 201, PUT: 200, PATCH: 204, DELETE: 204 };

/** The request a response is derived for: what it asks for decides the body's shape. */
export interface AskedFor {
  request: Pick<Contract['request'], 'path' | 'query'>;
  source: SourceRef;
}

/**
 * The response half of a contract: documented status (Response sentence, else the example's
 * status line, else the method's usual one), body kind, type and schema, required and enum
 * fields, and the example body with placeholders replaced. What the request asks for wins over
 * the page's sentence: a path ending in a key answers one entity, `/$value` answers content.
 */
export function deriveResponse(op: Operation, example: Example | undefined, index: TypeIndex, isPlaceholder: IsPlaceholder, asked: AskedFor): Contract['response'] {
  const res = example?.response;
  const own = op.statusPerExample && res && res.status < 400 ? res.status : undefined;
  const status = own ?? op.successStatus ?? res?.status ?? DEFAULT_STATUS[op.method];
  const declaredContentType = headerValue(res?.headers, 'content-type');
  // A text or binary body (`/$count`, `/$value`, reports as CSV) is not the documented JSON type.
  const media = declaredContentType === undefined && /\/\$value$/i.test(asked.request.path);
  const json = !media && (!declaredContentType || /json/i.test(declaredContentType));
  const type = json ? responseType(op, example, index, asked.request.path) : undefined;
  const bodyKind = json ? kindOf(op, status, res, type, asked.request.path, asked.request.query) : status === 204 ? 'none' : 'unknown';
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
    requiredFields: bodyKind === 'entity' || bodyKind === 'collection' ? requiredFields({ body: bodyKind, type, request: asked.request, requestSource: asked.source, index }) : [],
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

function kindOf(op: Operation, status: number, res: Example['response'], type: Resource | undefined, path: string, query: Record<string, string>): Contract['response']['body'] {
  if (op.noContent || status === 204) return 'none';
  // A GET of `…/{id}` asks for one entity, whatever the page's sentence says it contains.
  if (op.method === 'GET' && endsInKey(path) && res?.isCollection !== true && !isValueWrapper(res?.body)) return type || isObjectBody(res?.body) ? 'entity' : 'unknown';
  if (op.responseType?.collection || res?.isCollection) return 'collection';
  // `$filter`, `$top`, `$orderby`… apply to collections only: such a GET asks for a collection.
  if (op.method === 'GET' && asksForCollection(query) && !(isObjectBody(res?.body) && !isValueWrapper(res?.body) && type?.properties.some((p) => p.name === 'value'))) return 'collection';
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
 * body untyped. For a GET of one entity (`…/{id}`) a sentence naming a collection describes
 * what the entity holds (`an accessPackage containing a collection of …`): the annotation wins,
 * as it does where it names one of several types the section offers.
 */
function responseType(op: Operation, example: Example | undefined, index: TypeIndex, path: string): Resource | undefined {
  const body = example?.response?.body as Record<string, unknown> | undefined;
  const bodyType = body && typeof body === 'object' && typeof body['@odata.type'] === 'string' ? (body['@odata.type'] as string) : undefined;
  const sentence = op.responseType?.name;
  // The example's annotation names one of the types the section offers ("a socialIdentityProvider
  // or a builtinIdentityProvider"): that example shows that type, not the first one named.
  const annotated = example?.response?.odataType;
  const offered = annotated !== undefined && op.responseAlternatives?.includes(unqualified(annotated).toLowerCase()) === true;
  const oneOfMany = op.method === 'GET' && op.responseType?.collection === true && endsInKey(path) && example?.response?.isCollection !== true && !isValueWrapper(body);
  const names = (oneOfMany || offered ? [example?.response?.odataType, bodyType, sentence] : [sentence, example?.response?.odataType, bodyType]).filter((n): n is string => !!n);
  for (const name of names) {
    const t = name.startsWith('Edm.') ? undefined : index.get(name);
    if (t?.kind === 'resource') return t.resource;
  }
  return undefined;
}

/** The path's last segment is a key: `/users/{id}`, `/users('{id}')`, not a name or a function call. */
export function endsInKey(path: string): boolean {
  const last = path.split('?', 1)[0]!.split('/').filter(Boolean).pop() ?? '';
  return /^\{[^{}]*\}$/.test(last) || /^[^(){}]+\('?\{[^{}]*\}'?\)$/.test(last);
}

/** The query holds an option only collections take (`$filter`, `$top`, `$skip`, `$orderby`, `$search`, `$count`). */
function asksForCollection(query: Record<string, string>): boolean {
  return Object.keys(query).some((k) => /^\$?(filter|top|skip|orderby|search|count)$/i.test(k.trim()));
}

const isObjectBody = (body: unknown): boolean => body !== null && typeof body === 'object' && !Array.isArray(body);

/** `{"value": [...]}`: a collection as Graph writes one. */
function isValueWrapper(body: unknown): boolean {
  return isObjectBody(body) && Array.isArray((body as Record<string, unknown>).value);
}

/** A header value by case-insensitive name, without parameters (`application/json; charset=utf-8` → `application/json`). */
export function headerValue(headers: Record<string, string> | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() === name) return v.split(';', 1)[0]!.trim();
  return undefined;
}
