import type { DocDiagnostic, SourceRef } from '../docs/types.js';
import { diagnostic } from './diagnostic.js';
import { isPlaceholderValue } from './placeholders.js';
import type { TypeIndex } from './typeIndex.js';
import type { HttpExample, Operation, Property, Resource, ResponseExample, TypeRef } from './types.js';

/** Primitive types whose example values must be real values, not `"String (timestamp)"`. */
const GRAPH_NAMESPACE = /^#?microsoft\.graph\./i;

const VALUE_TYPES = new Set(['Edm.DateTimeOffset', 'Edm.Date', 'Edm.TimeOfDay', 'Edm.Duration', 'Edm.Guid']);

/** Finds the line of `"key":` in an example fence, for diagnostics that point at the value. */
export type KeyLine = (example: HttpExample, key: string) => SourceRef;

/**
 * `value` of `key` in `example`. The key's line is looked up only for a finding, and from plain
 * arguments: a closure or object per key was the largest allocation of the model stage.
 */
function checkValue(prop: Property, value: unknown, index: TypeIndex, out: DocDiagnostic[], keyLine: KeyLine, example: HttpExample, key: string): void {
  if (Array.isArray(value)) {
    for (const v of value) checkValue(prop, v, index, out, keyLine, example, key);
    return;
  }
  if (typeof value !== 'string') return;
  const members = index.enum(prop.type.name)?.members ?? prop.possibleValues;
  if (members?.includes(value)) return;
  // Flags enums serialize as `a,b`.
  if (members && value.includes(',') && value.split(',').every((v) => members.includes(v.trim()))) return;
  // Only enum and date-like values are checked for placeholders: the test comes after the cheap ones.
  if ((members || VALUE_TYPES.has(prop.type.name)) && isPlaceholderValue(value)) {
    out.push(diagnostic('example-placeholder-value', 'warning', `Example value ${JSON.stringify(value)} of \`${prop.name}\` (${prop.type.name}) is a placeholder, not a real value.`, keyLine(example, key), [prop.source]));
  } else if (members && (!prop.type.name.startsWith('Edm.') || prop.inlineEnum)) {
    const cased = members.find((m) => m.toLowerCase() === value.toLowerCase());
    const hint = cased ? ` (member \`${cased}\` differs only in case)` : '';
    out.push(diagnostic('example-enum-value-undocumented', 'warning', `Example value ${JSON.stringify(value)} of \`${prop.name}\` is not a member of ${prop.type.name}${hint}.`, keyLine(example, key), [prop.source]));
  }
}

/** The type an item declares with `@odata.type`, when documented; derived types show their own properties. */
export function itemType(item: object, declared: Resource, index: TypeIndex): Resource {
  const odataType = (item as Record<string, unknown>)['@odata.type'];
  return (typeof odataType === 'string' && index.resource(odataType.replace(GRAPH_NAMESPACE, ''))) || declared;
}

/** Receives each name a response example shows that its type's pages do not document (see `ExampleNames`). */
export type ShownName = (resource: Resource, name: string, value: unknown, example: HttpExample) => void;

function checkObject(item: unknown, declared: Resource, example: HttpExample, index: TypeIndex, keyLine: KeyLine, out: DocDiagnostic[], shown?: ShownName): void {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return;
  const resource = itemType(item, declared, index);
  // Keys, not entries: one array per object instead of one more per key, over every example.
  for (const key of Object.keys(item)) {
    if (key.includes('@')) continue;
    const value = (item as Record<string, unknown>)[key];
    // A property taken from the examples themselves is still one the resource page lacks.
    const found = index.property(resource, key);
    const prop = found?.origin === 'example' ? undefined : found;
    if (!prop && (index.isKey(resource, key) || index.isOpen(resource))) continue;
    if (prop) checkValue(prop, value, index, out, keyLine, example, key);
    else {
      out.push(diagnostic('example-property-undocumented', 'warning', `Example shows \`${key}\`, which the ${resource.name} resource page does not document.`, keyLine(example, key), [resource.source]));
      shown?.(resource, key, value, example);
    }
  }
}

/**
 * Items of a body: `value[]` of a collection response (said so, or evident), else the body itself.
 * A single object wrapped in `{"value": {...}}` (a generator habit on Intune pages) is unwrapped
 * (`wrapped`), since Graph returns the entity itself.
 */
export function exampleItems(body: unknown, collection: boolean, resource: Resource, index: TypeIndex): { items: unknown[]; wrapped: boolean } {
  const value = (body as { value?: unknown } | null)?.value;
  if (value === undefined || index.property(resource, 'value')) return { items: [body], wrapped: false };
  if (Array.isArray(value)) return { items: value, wrapped: false };
  if (value !== null && typeof value === 'object' && !collection && Object.keys(body as object).every((k) => k === 'value' || k.includes('@'))) return { items: [value], wrapped: true };
  return { items: [body], wrapped: false };
}

function items(example: HttpExample, collection: boolean, resource: Resource, index: TypeIndex, keyLine: KeyLine, out: DocDiagnostic[]): unknown[] {
  const found = exampleItems(example.body, collection, resource, index);
  if (found.wrapped) out.push(diagnostic('example-body-wrapped-in-value', 'warning', `Example wraps one ${resource.name} in \`"value"\`; the resource page describes the object itself.`, keyLine(example, 'value'), [resource.source]));
  return found.items;
}

function check(example: HttpExample | undefined, type: TypeRef | undefined, index: TypeIndex, keyLine: KeyLine, out: DocDiagnostic[], shown?: ShownName): void {
  const resource = type && index.resource(type.name);
  if (!example || example.body === undefined || !resource) return;
  for (const item of items(example, type.collection, resource, index, keyLine, out)) checkObject(item, resource, example, index, keyLine, out, shown);
}

/**
 * Compares example bodies with the resource pages of their types: top-level properties the
 * page lacks, placeholder values in enum and date fields, enum values that are not members.
 * The resource stays as documented; each finding is a diagnostic at the example line, and each
 * undocumented name a response shows goes to `shown` (see `ExampleNames`).
 */
export function checkExamples(op: Operation, index: TypeIndex, keyLine: KeyLine, out: DocDiagnostic[], shown?: ShownName): void {
  for (const { request, response } of op.examples) {
    check(request, op.requestType, index, keyLine, out);
    if (response) check(response, responseTypeOf(op, response, index), index, keyLine, out, shown);
  }
}

/** The type an example response shows: its annotation's `@odata.type` when documented, else the operation's. */
export function responseTypeOf(op: Operation, response: ResponseExample, index: TypeIndex): TypeRef | undefined {
  const declared = response.odataType ? { name: response.odataType, collection: response.isCollection === true } : undefined;
  return declared && index.resource(declared.name) ? declared : op.responseType;
}
