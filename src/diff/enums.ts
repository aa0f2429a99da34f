import type { SourceRef } from '../docs/types.js';
import type { EnumType } from '../model/types.js';
import { change, pairBy } from './change.js';
import type { Change } from './types.js';

/** Enum changes: removed members break; added members break unless they follow `unknownFutureValue`. */
export function diffEnums(olds: EnumType[], news: EnumType[]): Change[] {
  const { removed, added, both } = pairBy(olds, news, (e) => e.name);
  return [
    ...removed.map((e) => change('enum-removed', e.name, `enum ${e.name} is no longer documented`, { old: e.source })),
    ...added.map((e) => change('enum-added', e.name, `enum ${e.name} is new`, { new: e.source })),
    ...both.flatMap(([o, n]) => diffMembers(n.name, o.members, n.members, { old: o.source, new: n.source })),
  ];
}

/**
 * Member changes of one enum list (an enum page, or a property's "Possible values"): `label` names
 * the list in messages and is the change subject.
 */
export function diffMembers(label: string, olds: string[], news: string[], where: { old: SourceRef; new: SourceRef }): Change[] {
  const before = new Set(olds);
  const after = new Set(news);
  const sentinel = news.indexOf('unknownFutureValue');
  return [
    ...olds.filter((m) => !after.has(m)).map((m) => change('enum-member-removed', label, `${label}: ${m} removed`, { member: m, ...where })),
    ...news
      .map((m, i) => ({ m, i }))
      .filter(({ m }) => !before.has(m) && m !== 'unknownFutureValue')
      .map(({ m, i }) =>
        sentinel >= 0 && i > sentinel
          ? change('evolvable-enum-member-added', label, `${label}: ${m} added after unknownFutureValue`, { member: m, ...where })
          : change('enum-member-added', label, `${label}: ${m} added where every client sees it`, { member: m, ...where }),
      ),
  ];
}
