import { escapeToken, setAt, unescapeToken } from '../../util/jsonPointer.js';
import { locate, viewOf, type SchemaView } from '../../schemas/view/schemaView.js';
import type { DescribedSlot } from '../../schemas/view/leaves.js';
import { allowedTypes, assign, forbiddenValue, itemsOf, jsonType, kindPeers, runtimeSchemaOf, typed, withBody, type DriftContext, type DriftDefinition } from './support.js';

/** A typed slot of one item with its pointer relative to that item (for the peers' schemas). */
interface ItemSlot {
  slot: DescribedSlot;
  /** Pointer below the item. */
  relative: string;
  /** The item's runtime type, when its `@odata.type` names one the checks judge it by. */
  runtime?: string;
}

/** Schema-described values of the answer's entities (all items, in order), with pointers relative to each item. */
function itemSlots(ctx: DriftContext, body: unknown): ItemSlot[] {
  return itemsOf(ctx, body).flatMap(({ item }) => {
    const runtime = runtimeSchemaOf(ctx, item);
    return typed(ctx, item, runtime ?? ctx.contract.response.schema).map((slot) => ({ slot, relative: slot.pointer, ...(runtime ? { runtime } : {}) }));
  });
}

/** A pointer with each array index as `*`, to compare a value's place with a documented one. */
const anyItem = (pointer: string) => pointer.replace(/\/\d+(?=\/|$)/g, '/*');

/** Depth of a relative pointer: `/a` is 1, `/a/b` and `/a/0` are 2. */
const depthOf = (pointer: string) => pointer.split('/').length - 1;

/**
 * True when every page of the request documents, at the place, a value `test` accepts (an enum, a
 * format): a break there breaks each of them. An item of a runtime type is judged by that type alone.
 */
function documentedForAll(ctx: DriftContext, relative: string, runtime: string | undefined, test: (view: SchemaView) => boolean): boolean {
  return (runtime ? [runtime] : kindPeers(ctx).map((p) => p.response.schema)).every((schema) => {
    const root = locate(ctx.schemas, schema);
    if (!root) return false;
    let at: ReturnType<typeof locate> = root;
    for (const part of relative.split('/').slice(1)) {
      if (!at) return false;
      const view = viewOf(ctx.schemas, at);
      at = /^\d+$/.test(part) ? view.items : view.properties[unescapeToken(part)];
    }
    return at !== undefined && test(viewOf(ctx.schemas, at));
  });
}

/** True when every page of the request documents an enum at the place (a non-member breaks each). */
const enumForAll = (ctx: DriftContext, relative: string, runtime?: string) => documentedForAll(ctx, relative, runtime, (view) => (view.enum?.length ?? 0) > 0);

/** Replaces a value with one of a JSON type no page allows there; false when `choose` finds none. */
function retype(ctx: DriftContext, body: unknown, choose: (candidates: ItemSlot[]) => ItemSlot[]): boolean {
  for (const { slot, relative, runtime } of choose(itemSlots(ctx, body).filter((s) => s.slot.view.types.length > 0 && s.slot.value !== null))) {
    const replacement = forbiddenValue(ctx, relative, runtime);
    if (replacement === undefined) continue;
    assign(slot, replacement);
    return true;
  }
  return false;
}

/**
 * Replaces the first value whose format is `format` on every page of the request (or in the
 * item's runtime type) with `bad`, or adds such a property at the top of an entity.
 */
function malformFormat(format: string, bad: string): DriftDefinition['apply'] {
  const formatted = (view: SchemaView) => view.format === format;
  return (draft, ctx) =>
    withBody(draft, (body) => {
      const slot = itemSlots(ctx, body).find((s) => s.slot.view.format === format && typeof s.slot.value === 'string' && documentedForAll(ctx, s.relative, s.runtime, formatted));
      if (slot) assign(slot.slot, bad);
      return slot !== undefined || addTopLevel(ctx, body, bad, formatted);
    });
}

/** Adds a documented top-level property of an entity answer that every page types as `test` accepts, holding `bad`; false when there is none. */
function addTopLevel(ctx: DriftContext, body: unknown, bad: string, test: (view: SchemaView) => boolean): boolean {
  if (ctx.contract.response.body === 'collection' || typeof body !== 'object' || body === null) return false;
  const runtime = runtimeSchemaOf(ctx, body);
  const root = locate(ctx.schemas, runtime ?? ctx.contract.response.schema);
  if (!root) return false;
  const name = Object.entries(viewOf(ctx.schemas, root).properties).find(([key, at]) => test(viewOf(ctx.schemas, at)) && documentedForAll(ctx, `/${escapeToken(key)}`, runtime, test))?.[0];
  if (name !== undefined) (body as Record<string, unknown>)[name] = bad;
  return name !== undefined;
}

/** Drift modes that put a value the docs forbid somewhere in the answer. */
export const VALUE_DRIFTS = {
  'enum-out-of-range': {
    id: 'enum-out-of-range',
    title: 'an enum field holds a value that is not a documented member',
    kind: 'contract',
    apply: (draft, ctx) =>
      withBody(draft, (body) => {
        // Only where every page of the request (or the item's runtime type, which the checks
        // judge it by) documents an enum: a value another page leaves free breaks nothing.
        const candidates = itemSlots(ctx, body).filter((s) => (typeof s.slot.value === 'string' || s.slot.value === null) && s.slot.view.enum && enumForAll(ctx, s.relative, s.runtime));
        const collection = ctx.contract.response.body === 'collection';
        const documented = new Set(ctx.contract.response.enumFields.map((f) => (collection ? f.pointer.replace(/^\/value\/\*/, '') : f.pointer)));
        const slot = candidates.find((s) => documented.has(anyItem(s.relative))) ?? candidates[0];
        if (slot) {
          assign(slot.slot, 'notADocumentedMember');
          return true;
        }
        // The field may be absent from this answer (a client's write replaced its parent): add it.
        if (collection) return false;
        const runtime = runtimeSchemaOf(ctx, body);
        const plain = ctx.contract.response.enumFields.find((f) => !f.pointer.includes('*') && enumForAll(ctx, f.pointer, runtime));
        return plain !== undefined && setAt(body, plain.pointer, 'notADocumentedMember');
      }),
  },
  'enum-case-changed': {
    id: 'enum-case-changed',
    title: 'an enum member, anywhere in the answer (the last item first), is sent with its case changed',
    kind: 'contract',
    apply: (draft, ctx) =>
      withBody(draft, (body) => {
        const candidates = itemSlots(ctx, body).filter((s) => typeof s.slot.value === 'string' && s.slot.view.enum?.includes(s.slot.value) && enumForAll(ctx, s.relative, s.runtime));
        for (const { slot } of candidates.reverse()) {
          const value = slot.value as string;
          const changed = [value.toUpperCase(), value.toLowerCase(), value.charAt(0).toUpperCase() + value.slice(1)].find((v) => v !== value && !slot.view.enum!.includes(v));
          if (changed === undefined) continue;
          assign(slot, changed);
          return true;
        }
        return false;
      }),
  },
  'wrong-json-type': {
    id: 'wrong-json-type',
    title: 'a field has the wrong JSON type',
    kind: 'contract',
    apply: (draft, ctx) =>
      withBody(draft, (body) => {
        const required = new Set(ctx.contract.response.requiredFields.map((f) => f.pointer.replace(/^\/value\/\*/, '')));
        return retype(ctx, body, (all) => [...all.filter((s) => required.has(s.relative)), ...all]);
      }),
  },
  'wrong-json-type-nested': {
    id: 'wrong-json-type-nested',
    title: 'a value inside a nested value (a complex value’s member, a collection’s item), in the last entity of the answer, has the wrong JSON type',
    kind: 'contract',
    apply: (draft, ctx) => withBody(draft, (body) => retype(ctx, body, (all) => all.filter((s) => depthOf(s.relative) >= 2).reverse())),
  },
  'collection-to-scalar': {
    id: 'collection-to-scalar',
    title: 'a collection-valued field holds its first item instead of a collection',
    kind: 'contract',
    apply: (draft, ctx) =>
      withBody(draft, (body) => {
        const collections = itemSlots(ctx, body).filter((s) => Array.isArray(s.slot.value) && (s.slot.value as unknown[]).length > 0 && s.slot.view.types.includes('array'));
        // Primitive collections first (a string collection turned into a string), then any.
        const ordered = [...collections.filter((s) => typeof (s.slot.value as unknown[])[0] !== 'object'), ...collections];
        for (const { slot, relative, runtime } of ordered) {
          const first = (slot.value as unknown[])[0];
          const allowed = allowedTypes(ctx, relative, runtime);
          if (!allowed || allowed.has(jsonType(first))) continue;
          assign(slot, first);
          return true;
        }
        return false;
      }),
  },
  'malformed-date-time': {
    id: 'malformed-date-time',
    title: 'a date-time field is not RFC 3339',
    kind: 'contract',
    apply: malformFormat('date-time', '13/07/2021 20:55'),
  },
  'malformed-uuid': {
    id: 'malformed-uuid',
    title: 'a uuid field is not a uuid',
    kind: 'contract',
    apply: malformFormat('uuid', '86904b1e-c7d0-4ead-b13a'),
  },
} satisfies Record<string, DriftDefinition>;
