import type { Contract } from '../contracts/types.js';
import { clone } from './body.js';
import { retypedObjects } from '../contracts/bodyItems.js';
import { slots, type Slot } from '../util/jsonPointer.js';
import { describedSlots } from '../schemas/view/leaves.js';
import type { TypedObject } from '../schemas/view/runtimeTypes.js';
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
 * The documented enum values of an answer, each judged as the checks judge it: the contract's enum
 * fields, except inside an object whose `@odata.type` names another documented type (derived from
 * the declared one, or related where the docs cannot tell). Such an object is that type's at any
 * depth: every enum its schema documents, with that type's members, fields the declared type lacks
 * included (a derived type's own evolvable member is masked like any other).
 */
function enumSlots(body: unknown, contract: Contract, schemas: SchemaSet): EnumSlot[] {
  const declared = contract.response.schema;
  const retyped = declared && schemas[declared] ? retypedObjects(schemas, contract, body, [declared]) : [];
  const under = (pointer: string, t: TypedObject) => pointer === t.pointer || pointer.startsWith(`${t.pointer}/`);
  const listed = contract.response.enumFields.flatMap((field) =>
    slots(body, field.pointer).flatMap((slot): EnumSlot[] => (retyped.some((t) => under(slot.pointer, t)) ? [] : [withMembers(slot, field.members, field.evolvableFrom)])),
  );
  const runtime = retyped.flatMap((t) => {
    // A deeper retyped object is judged by its own type.
    const deeper = retyped.filter((o) => o !== t && under(o.pointer, t));
    return describedSlots(schemas, { schema: schemas[t.runtime!]!, doc: t.runtime! }, t.value).flatMap((s): EnumSlot[] => {
      const members = (s.view.enum ?? []).filter((m): m is string => typeof m === 'string');
      const pointer = `${t.pointer}${s.pointer}`;
      if (members.length === 0 || deeper.some((o) => under(pointer, o))) return [];
      const unknown = members.indexOf('unknownFutureValue');
      return [withMembers({ parent: s.parent, key: s.key, value: s.value, pointer }, members, unknown >= 0 ? unknown : undefined)];
    });
  });
  return [...listed, ...runtime];
}

function withMembers(slot: Slot, members: string[], evolvableFrom: number | undefined): EnumSlot {
  return { slot: { ...slot, members }, ...(evolvableFrom === undefined ? {} : { evolvableFrom }) };
}
