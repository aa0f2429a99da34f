import { propertiesOf, relationOf, typeFileAt, typedObjects } from '../../schemas/view/runtimeTypes.js';
import { derivedTypes, derivesFrom } from '../../schemas/view/typeOf.js';
import { isObject } from '../../util/json.js';
import { ANY_TYPE, declaredTypes, itemsOf, jsonType, withBody, type DriftContext, type DriftDefinition } from './support.js';
import { viewOf } from '../../schemas/view/schemaView.js';

const odataTypeOf = (file: string) => `#microsoft.graph.${file.replace(/\.schema\.json$/, '')}`;

/** A member `derived` declares that none of `declared` does, with a value of a JSON type `derived` does not allow there. */
function brokenMember(ctx: DriftContext, derived: string, declared: readonly string[]): { name: string; value: unknown } | undefined {
  const own = propertiesOf(ctx.schemas, derived) ?? {};
  const inherited = new Set(declared.flatMap((d) => Object.keys(propertiesOf(ctx.schemas, d) ?? {})));
  for (const [name, at] of Object.entries(own)) {
    if (inherited.has(name)) continue;
    const types = new Set(viewOf(ctx.schemas, at).types.map((t) => (t === 'integer' ? 'number' : t)));
    if (types.size === 0) continue;
    const value = ANY_TYPE.find((v) => !types.has(jsonType(v)));
    if (value !== undefined) return { name, value };
  }
  return undefined;
}

/**
 * Objects of the answer that may name a type (the entities, then complex values inside them),
 * each with the type files declared at its place; the last entity first.
 */
function placesOf(ctx: DriftContext, body: unknown): { value: Record<string, unknown>; declared: string[] }[] {
  const declared = declaredTypes(ctx);
  const out: { value: Record<string, unknown>; declared: string[] }[] = [];
  for (const { item } of itemsOf(ctx, body).reverse()) {
    if (!isObject(item)) continue;
    out.push({ value: item, declared });
    const properties = propertiesOf(ctx.schemas, declared[0] ?? '') ?? {};
    for (const [name, v] of Object.entries(item)) {
      const file = isObject(v) && properties[name] ? typeFileAt(properties[name]) : undefined;
      if (file && ctx.schemas[file]) out.push({ value: v as Record<string, unknown>, declared: [file] });
    }
  }
  return out;
}

/** Drift modes about the runtime type of the answer's values (`@odata.type`). */
export const TYPE_DRIFTS = {
  'derived-member-wrong-type': {
    id: 'derived-member-wrong-type',
    title: 'a value of a derived type (its `@odata.type` names it) has a member of that type with the wrong JSON type',
    kind: 'contract',
    apply: (draft, ctx) =>
      withBody(draft, (body) => {
        const declared = declaredTypes(ctx);
        // A value the answer already sends as a derived type, anywhere in it.
        for (const { item, at } of itemsOf(ctx, body).reverse()) {
          for (const t of typedObjects(ctx.schemas, declared, item, at)) {
            if (t.relation !== 'derived' && !(t.relation === 'same' && t.runtime !== t.declared[0])) continue;
            const member = brokenMember(ctx, t.runtime!, t.declared.filter((d) => d !== t.runtime && derivesFrom(ctx.schemas, t.runtime!, d)));
            if (!member) continue;
            t.value[member.name] = member.value;
            return true;
          }
        }
        // Else one the docs allow there: the value becomes of a derived type, with a member broken.
        for (const place of placesOf(ctx, body)) {
          for (const derived of derivedTypes(ctx.schemas, place.declared[0]!)) {
            if (relationOf(ctx.schemas, derived, place.declared).relation !== 'derived') continue;
            const member = brokenMember(ctx, derived, place.declared);
            if (!member) continue;
            place.value['@odata.type'] = odataTypeOf(derived);
            place.value[member.name] = member.value;
            return true;
          }
        }
        return false;
      }),
  },
  'foreign-odata-type': {
    id: 'foreign-odata-type',
    title: 'an entity’s `@odata.type` names a documented type that is not the declared one or derived from it',
    kind: 'contract',
    apply: (draft, ctx) =>
      withBody(draft, (body) => {
        const place = placesOf(ctx, body)[0];
        if (!place || place.declared.length === 0) return false;
        const foreign = Object.keys(ctx.schemas)
          .sort()
          .find((f) => propertiesOf(ctx.schemas, f) !== undefined && Object.keys(propertiesOf(ctx.schemas, f)!).length > 0 && relationOf(ctx.schemas, f.replace(/\.schema\.json$/, ''), place.declared).relation === 'unrelated');
        if (!foreign) return false;
        place.value['@odata.type'] = odataTypeOf(foreign);
        return true;
      }),
  },
} satisfies Record<string, DriftDefinition>;
