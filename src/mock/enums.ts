import type { Contract } from '../contracts/types.js';
import { slots } from './pointer.js';

const PREFER_UNKNOWN = 'include-unknown-enum-members';

/** True when a `Prefer` header asks for evolvable enum members. */
export function prefersUnknownMembers(prefer: string | undefined): boolean {
  return (prefer ?? '').split(/[,;]/).some((p) => p.trim().toLowerCase() === PREFER_UNKNOWN);
}

/**
 * Graph's evolvable enums: members documented after `unknownFutureValue` reach only clients that
 * opted in with `Prefer: include-unknown-enum-members`; everyone else reads `unknownFutureValue`.
 * See https://learn.microsoft.com/graph/best-practices-concept#handling-future-members-in-evolvable-enumerations
 */
export function maskEvolvableMembers(body: unknown, contract: Contract, preferUnknown: boolean): void {
  if (preferUnknown) return;
  for (const field of contract.response.enumFields) {
    if (field.evolvableFrom === undefined) continue;
    for (const slot of slots(body, field.pointer)) {
      const index = typeof slot.value === 'string' ? field.members.indexOf(slot.value) : -1;
      if (index > field.evolvableFrom) (slot.parent as Record<string | number, unknown>)[slot.key] = 'unknownFutureValue';
    }
  }
}
