import type { Contract } from '../contracts/types.js';
import { setAt, slots } from '../util/jsonPointer.js';
import type { SchemaSet } from '../schemas/types.js';
import { enumMembersAt, runtimeTypeOf } from './runtimeType.js';
import type { MockStore } from './store.js';

/**
 * Where several pages document one seeded entity (derived types sharing a path), an enum field
 * they both show must hold a member every one of them documents, or the entity is valid for one
 * page only: each such value becomes the first member common to all the pages' lists (a genuine
 * conflict, with no common member, is left as the first page seeded it).
 */
export function reconcileEnums(store: MockStore, readers: Map<string, Contract[]>, schemas: SchemaSet = {}): void {
  for (const [key, contracts] of readers) {
    const entity = store.get(key);
    if (!entity || contracts.length < 2) continue;
    const allowed = new Map<string, string[]>();
    for (const c of contracts) {
      // An entity naming a derived or related type is judged as that type by each page: its members count.
      const runtime = c.response.schema ? runtimeTypeOf(schemas, entity, c.response.schema) : undefined;
      for (const field of c.response.enumFields) {
        if (field.pointer.includes('*')) continue;
        const listed = runtime ? enumMembersAt(schemas, runtime, field.pointer) : field.members;
        if (listed === undefined) continue;
        const members = listed.filter((m) => m !== 'unknownFutureValue');
        const sofar = allowed.get(field.pointer);
        allowed.set(field.pointer, sofar ? sofar.filter((m) => members.includes(m)) : members);
      }
    }
    for (const [pointer, members] of allowed) {
      const [slot] = slots(entity, pointer);
      if (!slot || typeof slot.value !== 'string' || members.includes(slot.value) || members.length === 0) continue;
      setAt(entity, pointer, members[0]);
    }
  }
}

