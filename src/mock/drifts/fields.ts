import type { RequiredField } from '../../contracts/types.js';
import { escapeToken, tokensOf, valuesAt } from '../../util/jsonPointer.js';
import { kindPeers, withBody, type DriftContext, type DriftDefinition } from './support.js';

/** Required fields every page of the request requires (a drop breaks each page's contract). */
function sharedRequired(ctx: DriftContext): RequiredField[] {
  const peers = kindPeers(ctx);
  return ctx.contract.response.requiredFields.filter((f) => f.rule !== 'collection' && peers.every((p) => p.response.requiredFields.some((q) => q.pointer === f.pointer)));
}

/** Where a required field stands: its parent pattern, name, and depth below the answer's entity. */
function partsOf(ctx: DriftContext, field: RequiredField): { parent: string; name: string; depth: number } {
  const tokens = tokensOf(field.pointer);
  const name = tokens.pop()!;
  const itemDepth = ctx.contract.response.body === 'collection' ? 2 : 0;
  return { parent: tokens.map((t) => `/${escapeToken(t)}`).join(''), name, depth: tokens.length - itemDepth };
}

/**
 * Deletes the first (or last) present instance of a required field that `pick` chooses,
 * among fields every page of the request requires; false when there is none to drop.
 */
function drop(ctx: DriftContext, body: unknown, pick: (f: RequiredField, depth: number) => boolean, last = false): boolean {
  for (const field of sharedRequired(ctx)) {
    const { parent, name, depth } = partsOf(ctx, field);
    if (!pick(field, depth)) continue;
    const holders = valuesAt(body, parent).filter((p) => typeof p.value === 'object' && p.value !== null && Object.hasOwn(p.value, name));
    const holder = last ? holders[holders.length - 1] : holders[0];
    if (!holder) continue;
    delete (holder.value as Record<string, unknown>)[name];
    return true;
  }
  return false;
}

/** Drift modes that leave out a field the docs promise. */
export const FIELD_DRIFTS = {
  'drop-required-field': {
    id: 'drop-required-field',
    title: 'a required field of the answer’s entity is missing',
    kind: 'contract',
    apply: (draft, ctx) => withBody(draft, (body) => drop(ctx, body, (_, depth) => depth === 0)),
  },
  'drop-item-key': {
    id: 'drop-item-key',
    title: 'the last entity of a collection has no key',
    kind: 'contract',
    apply: (draft, ctx) => (ctx.contract.response.body === 'collection' ? withBody(draft, (body) => drop(ctx, body, (f, depth) => f.rule === 'key' && depth === 0, true)) : null),
  },
  'drop-nested-required': {
    id: 'drop-nested-required',
    title: 'a required field inside a nested value (an expanded entity’s key, a complex value’s default member) is missing',
    kind: 'contract',
    apply: (draft, ctx) => withBody(draft, (body) => drop(ctx, body, (_, depth) => depth > 0, true)),
  },
} satisfies Record<string, DriftDefinition>;
