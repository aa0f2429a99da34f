import type { Property, Resource } from '../model/types.js';
import { change, pairBy } from './change.js';
import { diffMembers } from './enums.js';
import { sameType, showType } from './typeRef.js';
import type { Change } from './types.js';

/** Resource and complex type changes: types, then their properties, matched by name. */
export function diffResources(olds: Resource[], news: Resource[]): Change[] {
  const { removed, added, both } = pairBy(olds, news, (r) => r.name);
  return [
    ...removed.map((r) => change('type-removed', r.name, `type ${r.name} is no longer documented`, { old: r.source })),
    ...added.map((r) => change('type-added', r.name, `type ${r.name} is new`, { new: r.source })),
    ...both.flatMap(([o, n]) => diffProperties(n.name, promised(o), promised(n))),
  ];
}

/** The properties the docs state: one known only from example values is no promise to keep or break. */
function promised(r: Resource): Property[] {
  return r.properties.filter((p) => p.origin !== 'example');
}

function diffProperties(type: string, olds: Property[], news: Property[]): Change[] {
  const { removed, added, both } = pairBy(olds, news, (p) => p.name);
  return [
    ...removed.map((p) => change('property-removed', type, `${type}.${p.name} removed`, { member: p.name, old: p.source })),
    ...added.map((p) =>
      // A non-nullable property must be sent on create and may not be null on read: new required field.
      p.nullable || p.navigation || p.readOnly
        ? change('property-added', type, `${type}.${p.name} (${showType(p.type)}) added`, { member: p.name, new: p.source })
        : change('required-property-added', type, `${type}.${p.name} (${showType(p.type)}, not nullable) added`, { member: p.name, new: p.source }),
    ),
    ...both
      .filter(([o, n]) => !sameType(o.type, n.type))
      .map(([o, n]) =>
        change('property-type-changed', type, `${type}.${n.name}: ${showType(o.type)} → ${showType(n.type)}`, {
          member: n.name, old: o.source, new: n.source,
        }),
      ),
    // The "Possible values" a resource page lists are that page's promise, whatever other pages say.
    ...both
      .filter(([o, n]) => o.possibleValues?.length && n.possibleValues?.length)
      .flatMap(([o, n]) => diffMembers(`${type}.${n.name}`, o.possibleValues!, n.possibleValues!, { old: o.source, new: n.source })),
  ];
}
