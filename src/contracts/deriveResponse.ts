import type { SourceRef } from '../docs/types.js';
import type { Example, Operation, Property, Resource } from '../model/types.js';
import { schemaFile, type TypeIndex } from '../schemas/index.js';
import { unqualified } from '../schemas/view/typeOf.js';
import { enumFields } from './fields.js';
import { requiredFields } from './required.js';
import { withoutQuery } from './pathText.js';
import { replacePlaceholders, type IsPlaceholder, type Lookup } from './placeholders.js';
import type { Contract } from './types.js';

// Patterns as module constants: a regex literal inside a function makes a new RegExp object each
// time it is evaluated, and these run for every example of the reference.
const VALUE_PATH = /\/\$value$/i;
const JSON_MEDIA = /json/i;
const KEY_SEGMENT = /^\{[^{}]*\}$/;
const KEY_CALL = /^[^(){}]+\('?\{[^{}]*\}'?\)$/;
const COLLECTION_OPTION = /^\$?(filter|top|skip|orderby|search|count)$/i;

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
  const path = asked.request.path;
  // A text or binary body (`/$count`, `/$value`, reports as CSV) is not the documented JSON type.
  const media = declaredContentType === undefined && VALUE_PATH.test(path);
  const json = !media && (!declaredContentType || JSON_MEDIA.test(declaredContentType));
  // Asked once: both the type and the kind of the body depend on it.
  const getsKey = json && op.method === 'GET' && endsInKey(path);
  const type = json ? responseType(op, example, index, getsKey) : undefined;
  const bodyKind = json ? kindOf(op, status, res, type, getsKey, asked.request.query) : status === 204 ? 'none' : 'unknown';
  // A non-JSON body is kept as its text, so that the mock can answer it as documented.
  let exampleBody = json ? res?.body : (res?.bodyText ?? res?.body);
  let placeholders: string[] = [];
  if (exampleBody !== undefined && json) {
    const collection = bodyKind === 'collection';
    const replaced = replacePlaceholders(exampleBody, collection ? undefined : type?.name, index, isPlaceholder, collection && type ? collectionLookup(type.name) : undefined);
    exampleBody = replaced.value;
    placeholders = replaced.pointers;
  }
  const contentType = declaredContentType ?? (bodyKind === 'entity' || bodyKind === 'collection' ? 'application/json' : undefined);
  // Built key by key, in the order `Contract` documents, rather than from spreads of conditional
  // literals: each of those allocates an object, for every example of the reference.
  const response: Partial<Contract['response']> = { status };
  if (contentType && bodyKind !== 'none') response.contentType = contentType;
  response.body = bodyKind;
  if (type) {
    response.schema = schemaFile(type.name);
    response.type = type.name;
  }
  response.requiredFields = bodyKind === 'entity' || bodyKind === 'collection' ? requiredFields({ body: bodyKind, type, request: asked.request, requestSource: asked.source, index }) : [];
  response.enumFields = type && bodyKind !== 'none' ? enumFields(type, bodyKind === 'collection', index) : [];
  if (exampleBody !== undefined) response.example = exampleBody;
  response.placeholders = placeholders;
  response.truncated = res?.truncated ?? false;
  return response as Contract['response'];
}

/** `{ value: [...] }`: only `value` is declared, as a collection of the item type. */
function collectionLookup(item: string): Lookup {
  const value: Property = { name: 'value', type: { name: item, collection: true }, description: '', nullable: false, readOnly: false, navigation: false, source: { file: '', line: 0 } };
  return (name) => (name === 'value' ? value : undefined);
}

/** `getsKey`: a GET whose path ends in a key (`endsInKey`). */
function kindOf(op: Operation, status: number, res: Example['response'], type: Resource | undefined, getsKey: boolean, query: Record<string, string>): Contract['response']['body'] {
  if (op.noContent || status === 204) return 'none';
  // A GET of `…/{id}` asks for one entity, whatever the page's sentence says it contains.
  if (getsKey && res?.isCollection !== true && !isValueWrapper(res?.body)) return type || isObjectBody(res?.body) ? 'entity' : 'unknown';
  if (op.responseType?.collection || res?.isCollection) return 'collection';
  // `$filter`, `$top`, `$orderby`… apply to collections only: such a GET asks for a collection.
  if (op.method === 'GET' && asksForCollection(query) && !(isObjectBody(res?.body) && !isValueWrapper(res?.body) && declaresValue(type))) return 'collection';
  const body = res?.body;
  if (body && typeof body === 'object' && Array.isArray((body as Record<string, unknown>).value) && !declaresValue(type)) return 'collection';
  if (type || (body !== null && typeof body === 'object')) return 'entity';
  if (res && res.body === undefined && res.bodyText === undefined && !op.responseType) return 'none';
  return 'unknown';
}

/** The type itself declares a property `value` (so a `value` array is no collection wrapper). */
function declaresValue(type: Resource | undefined): boolean {
  if (type) for (const p of type.properties) if (p.name === 'value') return true;
  return false;
}

/**
 * The documented type of the body: the Response sentence's type, else the example annotation's
 * `@odata.type`, else the body's own `@odata.type`. Only resource/complex types count: a
 * sentence naming a primitive or a type without a page (which the model reports) leaves the
 * body untyped. For a GET of one entity (`…/{id}`) a sentence naming a collection describes
 * what the entity holds (`an accessPackage containing a collection of …`): the annotation wins,
 * as it does where it names one of several types the section offers.
 */
function responseType(op: Operation, example: Example | undefined, index: TypeIndex, getsKey: boolean): Resource | undefined {
  const body = example?.response?.body as Record<string, unknown> | undefined;
  const bodyType = body && typeof body === 'object' && typeof body['@odata.type'] === 'string' ? (body['@odata.type'] as string) : undefined;
  const sentence = op.responseType?.name;
  // The example's annotation names one of the types the section offers ("a socialIdentityProvider
  // or a builtinIdentityProvider"): that example shows that type, not the first one named.
  const annotated = example?.response?.odataType;
  const offered = op.responseAlternatives !== undefined && annotated !== undefined && op.responseAlternatives.includes(unqualified(annotated).toLowerCase());
  const oneOfMany = getsKey && op.responseType?.collection === true && example?.response?.isCollection !== true && !isValueWrapper(body);
  return oneOfMany || offered ? (resourceNamed(annotated, index) ?? resourceNamed(bodyType, index) ?? resourceNamed(sentence, index)) : (resourceNamed(sentence, index) ?? resourceNamed(annotated, index) ?? resourceNamed(bodyType, index));
}

/** The resource or complex type `name` names, if any. */
function resourceNamed(name: string | undefined, index: TypeIndex): Resource | undefined {
  if (!name || name.startsWith('Edm.')) return undefined;
  const t = index.get(name);
  return t?.kind === 'resource' ? t.resource : undefined;
}

/** The path's last segment is a key: `/users/{id}`, `/users('{id}')`, not a name or a function call. */
export function endsInKey(path: string): boolean {
  // The last non-empty segment, found without splitting the path: one per example of the reference.
  const p = withoutQuery(path);
  let end = p.length;
  while (end > 0 && p.charCodeAt(end - 1) === 0x2f) end--;
  const last = p.slice(p.lastIndexOf('/', end - 1) + 1, end);
  return KEY_SEGMENT.test(last) || KEY_CALL.test(last);
}

/** The query holds an option only collections take (`$filter`, `$top`, `$skip`, `$orderby`, `$search`, `$count`). */
function asksForCollection(query: Record<string, string>): boolean {
  for (const k in query) if (COLLECTION_OPTION.test(k.trim())) return true;
  return false;
}

const isObjectBody = (body: unknown): boolean => body !== null && typeof body === 'object' && !Array.isArray(body);

/** `{"value": [...]}`: a collection as Graph writes one. */
function isValueWrapper(body: unknown): boolean {
  return isObjectBody(body) && Array.isArray((body as Record<string, unknown>).value);
}

/** A header value by case-insensitive name, without parameters (`application/json; charset=utf-8` → `application/json`). */
export function headerValue(headers: Record<string, string> | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  for (const k in headers) {
    if (k.length !== name.length || k.toLowerCase() !== name) continue;
    const v = headers[k]!;
    const semicolon = v.indexOf(';');
    return (semicolon < 0 ? v : v.slice(0, semicolon)).trim();
  }
  return undefined;
}
