import type { Contract } from '../contracts/types.js';
import { clone } from './body.js';
import { enumMembersAt, runtimeTypeOf } from './runtimeType.js';
import { slots, valueAt, type Slot } from '../util/jsonPointer.js';
import type { SchemaSet } from '../schemas/types.js';

const PREFER_UNKNOWN = 'include-unknown-enum-members';

/** True when a `Prefer` header asks for evolvable enum members. */
export function prefersUnknownMembers(prefer: string | undefined): boolean {
  return (prefer ?? '').split(/[,;]/).some((p) => p.trim().toLowerCase() === PREFER_UNKNOWN);
}

/**
 * Returns the body with evolvable enum members masked. Members documented after
 * `unknownFutureValue` reach only clients that opted in with `Prefer: include-unknown-enum-members`;
 * everyone else reads `unknownFutureValue`.
 * See https://learn.microsoft.com/graph/best-practices-concept#handling-future-members-in-evolvable-enumerations
 */
export function maskEvolvableMembers(body: unknown, contract: Contract, preferUnknown: boolean, schemas: SchemaSet = {}): unknown {
  if (preferUnknown) return body;
  const evolvable = (b: unknown) => enumSlots(b, contract, schemas).filter(({ slot, evolvableFrom }) => evolvableFrom !== undefined && typeof slot.value === 'string' && slot.members.indexOf(slot.value) > evolvableFrom);
  if (evolvable(body).length === 0) return body;
  // The body may share nested values with the store: mask a copy.
  const copy = clone(body);
  for (const { slot } of evolvable(copy)) (slot.parent as Record<string | number, unknown>)[slot.key] = 'unknownFutureValue';
  return copy;
}

/**
 * Replaces values of documented enum fields that are not members (doc placeholders such as
 * `position-value`, or a value a client wrote) with the first member, so the clean mock only
 * ever answers documented members.
 */
export function repairEnumMembers(body: unknown, contract: Contract, schemas: SchemaSet = {}): unknown {
  const bad = (b: unknown) => enumSlots(b, contract, schemas).filter(({ slot }) => typeof slot.value === 'string' && !slot.members.includes(slot.value));
  if (bad(body).length === 0) return body;
  const copy = clone(body);
  for (const { slot } of bad(copy)) {
    const sameButCase = slot.members.find((m) => m.toLowerCase() === String(slot.value).toLowerCase());
    (slot.parent as Record<string | number, unknown>)[slot.key] = sameButCase ?? slot.members.find((m) => m !== 'unknownFutureValue') ?? slot.members[0];
  }
  return copy;
}

/** A documented enum value of an answer, with the members the checks judge it by. */
interface EnumSlot {
  slot: Slot & { members: string[] };
  evolvableFrom?: number;
}

/**
 * The values of the contract's enum fields, each judged as the checks judge it: an entity whose
 * `@odata.type` names another documented type (derived or related) is that type's, so a field
 * is an enum there only where that type documents one, with that type's members.
 */
function enumSlots(body: unknown, contract: Contract, schemas: SchemaSet): EnumSlot[] {
  const declared = contract.response.schema;
  return contract.response.enumFields.flatMap((field) =>
    slots(body, field.pointer).flatMap((slot): EnumSlot[] => {
      const item = contract.response.body === 'collection' ? /^\/value\/\d+/.exec(slot.pointer)?.[0] : '';
      const runtime = declared && item !== undefined ? runtimeTypeOf(schemas, valueAt(body, item), declared) : undefined;
      if (!runtime) return [{ slot: { ...slot, members: field.members }, ...(field.evolvableFrom === undefined ? {} : { evolvableFrom: field.evolvableFrom }) }];
      const members = enumMembersAt(schemas, runtime, slot.pointer.slice(item!.length));
      if (!members) return [];
      const unknown = members.indexOf('unknownFutureValue');
      return [{ slot: { ...slot, members }, ...(unknown >= 0 ? { evolvableFrom: unknown } : {}) }];
    }),
  );
}
