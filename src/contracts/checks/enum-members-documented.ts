import { isSuccess, retypedObjects } from '../bodyItems.js';
import { valuesAt } from '../../util/jsonPointer.js';
import { describedSlots } from '../../schemas/view/leaves.js';
import type { TypedObject } from '../../schemas/view/runtimeTypes.js';
import { finding } from '../finding.js';
import { bodyPeers, pagesNote, peerListingMember } from '../judged.js';
import type { Check, CheckContext, Contract, EnumField, Violation } from '../types.js';

const PREFER = 'Prefer: include-unknown-enum-members';

/**
 * Enum-valued fields hold documented members. Members after `unknownFutureValue` are evolvable:
 * Graph sends them only to clients that asked with `Prefer: include-unknown-enum-members`
 * (https://learn.microsoft.com/graph/best-practices-concept#handling-future-members-in-evolvable-enumerations).
 * An object whose `@odata.type` names another documented type (derived from the declared one, one
 * the docs leave open, or the type another page of this request documents) is judged by that
 * type's enums. Where
 * pages of one request list different members, a member of any list passes, with a note.
 */
export const check: Check = {
  id: 'enum-members-documented',
  title: 'enum members',
  severity: 'error',
  judgesBody: true,
  appliesToContract: (contract) => contract.response.enumFields.length > 0,
  appliesTo: (contract, { response }) => contract.response.enumFields.length > 0 && isSuccess(response.status),
  run(ctx) {
    const { contract, response } = ctx;
    const source = contract.source.response ?? contract.source.request;
    const retyped = retypedOf(ctx);
    const under = (pointer: string) => retyped.find((t) => pointer === t.pointer || pointer.startsWith(`${t.pointer}/`));
    const found: Violation[] = [];
    for (const field of contract.response.enumFields) {
      for (const { pointer, value } of valuesAt(response.json, field.pointer)) {
        if (under(pointer)) continue;
        for (const member of Array.isArray(value) ? value : [value]) {
          const message = judge(field, member, ctx.preferUnknownEnumMembers);
          if (!message) continue;
          const other = peerListing(ctx, field.pointer, member);
          if (other) found.push({ ...finding(check, { message: `${message}; ${other.page} documents this request and lists it: the pages' lists differ`, pointer, actual: member, source, fitsPeer: other.page }), severity: 'info' });
          else found.push(finding(check, { message: message + pagesNote(ctx), pointer, expected: allowed(field, ctx.preferUnknownEnumMembers), actual: member, source }));
        }
      }
    }
    for (const t of retyped) found.push(...runtimeFindings(ctx, t, retyped, source));
    return found;
  },
};

/** Objects of the body judged by another type than the declared one (see `retypedObjects`), the peers' types counting as declared. */
function retypedOf(ctx: CheckContext): TypedObject[] {
  const own = ctx.contract.response.schema;
  if (!own) return [];
  return retypedObjects(ctx.schemas, ctx.contract, ctx.response.json, [...new Set([own, ...bodyPeers(ctx).map((p) => p.response.schema!)])]);
}

/** Enum values of a retyped object, by its runtime type's schema (deeper retyped objects judge their own). */
function runtimeFindings(ctx: CheckContext, t: TypedObject, retyped: TypedObject[], source: Violation['source']): Violation[] {
  const deeper = retyped.filter((o) => o !== t && o.pointer.startsWith(`${t.pointer}/`));
  const out: Violation[] = [];
  for (const slot of describedSlots(ctx.schemas, { schema: ctx.schemas[t.runtime!]!, doc: t.runtime! }, t.value)) {
    const members = slot.view.enum;
    if (!members) continue;
    const pointer = `${t.pointer}${slot.pointer}`;
    if (deeper.some((o) => pointer.startsWith(`${o.pointer}/`))) continue;
    const names = members.filter((m): m is string => typeof m === 'string');
    const i = names.indexOf('unknownFutureValue');
    const field: EnumField = { pointer, enum: `${t.runtime!.replace(/\.schema\.json$/, '')} member`, members: names, ...(i >= 0 ? { evolvableFrom: i } : {}) };
    const message = judge(field, slot.value, ctx.preferUnknownEnumMembers);
    const lister = message ? peerListingMember(ctx, pointer.slice(itemPointer(ctx, t.pointer).length), slot.value) : undefined;
    if (lister) out.push({ ...finding(check, { message: `${message}; ${lister.page} documents this request and lists it: the pages' lists differ`, pointer, actual: slot.value, source, fitsPeer: lister.page }), severity: 'info' });
    else if (message) out.push(finding(check, { message: `${message} (the value is a ${t.named.replace(/^#?microsoft\.graph\./i, '')})`, pointer, expected: allowed(field, ctx.preferUnknownEnumMembers), actual: slot.value, source }));
  }
  return out;
}

/** Another page of this request whose list for the field at `pattern` holds `member`; undefined when none. */
function peerListing(ctx: CheckContext, pattern: string, member: unknown): Contract | undefined {
  if (typeof member !== 'string') return undefined;
  return ctx.peers.find((peer) => {
    const field = peer.response.enumFields.find((f) => f.pointer === pattern);
    return field !== undefined && judge(field, member, ctx.preferUnknownEnumMembers) === undefined;
  });
}

/** Why `value` is not acceptable for `field`, or undefined when it is. */
function judge(field: EnumField, value: unknown, prefer: boolean): string | undefined {
  if (value === null) return undefined;
  if (typeof value !== 'string') return `${field.enum} value must be a string, got ${JSON.stringify(value)}`;
  const index = field.members.indexOf(value);
  if (index < 0) return `\`${value}\` is not a documented ${field.enum} member`;
  if (!prefer && field.evolvableFrom !== undefined && index > field.evolvableFrom) {
    return `\`${value}\` is an evolvable ${field.enum} member, sent without \`${PREFER}\``;
  }
  return undefined;
}

function allowed(field: EnumField, prefer: boolean): string[] {
  return prefer || field.evolvableFrom === undefined ? field.members : field.members.slice(0, field.evolvableFrom + 1);
}

/** The pointer of the answer's entity holding `pointer` (`/value/3` in a collection, else the body). */
function itemPointer(ctx: CheckContext, pointer: string): string {
  return ctx.contract.response.body === 'collection' ? (/^\/value\/\d+/.exec(pointer)?.[0] ?? '') : '';
}
