import type { Contract } from '../contracts/types.js';
import { clone } from './body.js';
import { slots } from '../util/jsonPointer.js';

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
export function maskEvolvableMembers(body: unknown, contract: Contract, preferUnknown: boolean): unknown {
  if (preferUnknown) return body;
  const evolvable = (body: unknown) =>
    contract.response.enumFields.flatMap((field) =>
      field.evolvableFrom === undefined ? [] : slots(body, field.pointer).filter((s) => typeof s.value === 'string' && field.members.indexOf(s.value) > field.evolvableFrom!),
    );
  if (evolvable(body).length === 0) return body;
  // The body may share nested values with the store: mask a copy.
  const copy = clone(body);
  for (const slot of evolvable(copy)) (slot.parent as Record<string | number, unknown>)[slot.key] = 'unknownFutureValue';
  return copy;
}

/**
 * Replaces values of documented enum fields that are not members (doc placeholders such as
 * `position-value`, or a value a client wrote) with the first member, so the clean mock only
 * ever answers documented members.
 */
export function repairEnumMembers(body: unknown, contract: Contract): unknown {
  const bad = (b: unknown) =>
    contract.response.enumFields.flatMap((field) => slots(b, field.pointer).filter((s) => typeof s.value === 'string' && !field.members.includes(s.value)).map((slot) => ({ slot, field })));
  if (bad(body).length === 0) return body;
  const copy = clone(body);
  for (const { slot, field } of bad(copy)) {
    const sameButCase = field.members.find((m) => m.toLowerCase() === String(slot.value).toLowerCase());
    (slot.parent as Record<string | number, unknown>)[slot.key] = sameButCase ?? field.members.find((m) => m !== 'unknownFutureValue') ?? field.members[0];
  }
  return copy;
}
