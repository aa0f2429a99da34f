import type { Contract } from './types.js';
import { typedObjects, type TypedObject } from '../schemas/view/runtimeTypes.js';
import type { SchemaSet } from '../schemas/types.js';
import { isObject } from '../util/json.js';
import type { PointedValue } from '../util/jsonPointer.js';

/**
 * The objects a response body documents: the body itself for an entity, each `value` item for a
 * collection (Graph wraps collections as `{ "value": [...] }`). Returns undefined when a
 * collection body has no `value` array, so callers can report that once.
 */
export function bodyItems(contract: Contract, body: unknown): PointedValue[] | undefined {
  if (contract.response.body !== 'collection') return [{ pointer: '', value: body }];
  const value = isObject(body) ? body.value : undefined;
  if (!Array.isArray(value)) return undefined;
  return value.map((item, i) => ({ pointer: `/value/${i}`, value: item }));
}

/** True for 2xx statuses. */
export function isSuccess(status: number): boolean {
  return status >= 200 && status < 300;
}

/**
 * True when a response is expected to carry the documented body: a 2xx other than 204, for a
 * contract whose documented status is not 204 (a 204 never has a body, whatever the page says).
 */
export function carriesBody(contractStatus: number, status: number): boolean {
  return isSuccess(status) && status !== 204 && contractStatus !== 204;
}

/**
 * Objects of a body's entities judged by another type than the declared one (`declared[0]`):
 * their `@odata.type` names a documented type derived from a declared one, one the docs leave
 * open (related), or another declared type (the type another page of the request documents).
 * The checks and the mock read an answer's enums by these objects' own types.
 */
export function retypedObjects(schemas: SchemaSet, contract: Contract, body: unknown, declared: readonly string[]): TypedObject[] {
  return (bodyItems(contract, body) ?? []).flatMap((item) =>
    typedObjects(schemas, declared, item.value, item.pointer).filter((t) => t.runtime !== undefined && (t.relation === 'derived' || t.relation === 'related' || (t.relation === 'same' && t.runtime !== declared[0]))),
  );
}
