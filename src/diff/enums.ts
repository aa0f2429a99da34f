import type { EnumType } from '../model/types.js';
import { change, pairBy } from './change.js';
import type { Change } from './types.js';

/** Enum changes: removed members break; added members break unless they follow `unknownFutureValue`. */
export function diffEnums(olds: EnumType[], news: EnumType[]): Change[] {
  const { removed, added, both } = pairBy(olds, news, (e) => e.name);
  return [
    ...removed.map((e) => change('enum-removed', e.name, `enum ${e.name} is no longer documented`, { old: e.source })),
    ...added.map((e) => change('enum-added', e.name, `enum ${e.name} is new`, { new: e.source })),
    ...both.flatMap(([o, n]) => diffMembers(o, n)),
  ];
}

function diffMembers(o: EnumType, n: EnumType): Change[] {
  const before = new Set(o.members);
  const after = new Set(n.members);
  const where = { old: o.source, new: n.source };
  const sentinel = n.members.indexOf('unknownFutureValue');
  return [
    ...o.members
      .filter((m) => !after.has(m))
      .map((m) => change('enum-member-removed', n.name, `${n.name}.${m} removed`, { member: m, ...where })),
    ...n.members
      .map((m, i) => ({ m, i }))
      .filter(({ m }) => !before.has(m) && m !== 'unknownFutureValue')
      .map(({ m, i }) =>
        sentinel >= 0 && i > sentinel
          ? change('evolvable-enum-member-added', n.name, `${n.name}.${m} added after unknownFutureValue`, { member: m, ...where })
          : change('enum-member-added', n.name, `${n.name}.${m} added where every client sees it`, { member: m, ...where }),
      ),
  ];
}
