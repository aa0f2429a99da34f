import type { SourceRef } from '../../docs/types.js';
import type { ApiModel } from '../../model/types.js';
import { ptr } from '../pointer.js';
import type { LintFinding, LintRule } from '../types.js';
import { finding } from './util/finding.js';

interface MemberList {
  members: string[];
  source: SourceRef;
}

/** The same enum is listed with different members on different pages (or places of one page). */
export const enumListsDisagree: LintRule = {
  id: 'enum-lists-disagree',
  severity: 'warning',
  origin: 'lint',
  description: 'An enum type is listed with different members in different places (e.g. with and without `unknownFutureValue`): one of the lists is wrong.',
  run: ({ model }) => check(model),
};

function check(model: ApiModel): LintFinding[] {
  const out: LintFinding[] = [];
  for (const [name, lists] of collect(model)) {
    // The reference list: the enum's own definition, else the first resource page, else the first page.
    const [reference, ...others] = lists;
    if (!reference) continue;
    const ref = new Set(reference.members);
    for (const other of others) {
      const extra = other.members.filter((m) => !ref.has(m));
      const missing = reference.members.filter((m) => !other.members.includes(m));
      if (extra.length + missing.length === 0) continue;
      const parts = [extra.length ? `only here: ${extra.join(', ')}` : '', missing.length ? `missing here: ${missing.join(', ')}` : ''].filter(Boolean);
      const message = `members of ${name} differ from ${reference.source.file}:${reference.source.line} (${parts.join('; ')})`;
      out.push({ ...finding(enumListsDisagree, other.source.file, other.source.line, message, ptr('enums', name)), related: [reference.source] });
    }
  }
  return out;
}

/** Member lists per enum type name, reference first, each source once. */
function collect(model: ApiModel): Map<string, MemberList[]> {
  const lists = new Map<string, { name: string; items: (MemberList & { rank: number })[] }>();
  const add = (type: string, members: string[] | undefined, source: SourceRef, rank: number): void => {
    if (!members || members.length === 0 || /^edm\./i.test(type)) return;
    const key = type.toLowerCase();
    const entry = lists.get(key) ?? { name: type, items: [] };
    if (!entry.items.some((i) => i.source.file === source.file && i.source.line === source.line)) entry.items.push({ members, source, rank });
    lists.set(key, entry);
  };
  for (const e of Object.values(model.enums)) add(e.name, e.members, e.source, 0);
  for (const r of Object.values(model.resources)) for (const p of r.properties) add(p.type.name, p.possibleValues, p.source, 1);
  for (const op of model.operations) for (const p of op.requestProperties) add(p.type.name, p.possibleValues, p.source, 2);
  const byOrder = (a: MemberList & { rank: number }, b: MemberList & { rank: number }): number =>
    a.rank - b.rank || (a.source.file < b.source.file ? -1 : a.source.file > b.source.file ? 1 : a.source.line - b.source.line);
  return new Map([...lists.values()].map((e) => [e.name, e.items.sort(byOrder)]));
}
