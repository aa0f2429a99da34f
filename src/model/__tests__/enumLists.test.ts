import { describe, expect, test } from 'vitest';
import type { DocDiagnostic } from '../../docs/types.js';
import { describeDifference, reconcileEnumLists, type EnumList } from '../enumLists.js';
import { enumType } from '../enums.js';
import { TypeIndex } from '../typeIndex.js';

const list = (file: string, line: number, members: string[], fromResource = file.startsWith('resources/')): EnumList =>
  ({ type: 'syncStatus', property: 'status', members, source: { file, line }, fromResource });

function run(lists: EnumList[], documented?: string[]): { members?: string[]; evolvableFrom?: number; diagnostics: DocDiagnostic[] } {
  const index = new TypeIndex();
  const diagnostics: DocDiagnostic[] = [];
  if (documented) index.addEnum(enumType('syncStatus', documented, { file: 'resources/enums.md', line: 5 }), diagnostics);
  reconcileEnumLists(lists, index, diagnostics);
  const e = index.enum('SYNCSTATUS');
  return { members: e?.members, evolvableFrom: e?.evolvableFrom, diagnostics };
}

describe('reconcileEnumLists', () => {
  test('seed shape: the list with unknownFutureValue sets the order; the resource list is reported', () => {
    const r = run([
      list('resources/s.md', 27, ['paused', 'inProgress', 'error', 'quarantined', 'validationError']),
      list('api/s-post.md', 49, ['paused', 'inProgress', 'error', 'validationError', 'quarantined', 'unknownFutureValue']),
      list('api/s-update.md', 48, ['paused', 'inProgress', 'error', 'validationError', 'quarantined', 'unknownFutureValue']),
    ]);
    expect(r.members).toEqual(['paused', 'inProgress', 'error', 'validationError', 'quarantined', 'unknownFutureValue']);
    expect(r.evolvableFrom).toBe(5);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ rule: 'enum-lists-disagree', source: { file: 'resources/s.md', line: 27 }, related: [{ file: 'api/s-post.md', line: 49 }] });
    expect(r.diagnostics[0]?.message).toContain('missing `unknownFutureValue`; order differs');
  });

  test('without unknownFutureValue the resource page order wins and other members are appended', () => {
    const r = run([list('api/a.md', 3, ['b', 'c']), list('resources/r.md', 9, ['a', 'b'])]);
    expect(r.members).toEqual(['a', 'b', 'c']);
    expect(r.diagnostics.map((d) => [d.source.file, d.message.split(': ')[1]])).toEqual([
      ['api/a.md', 'missing `a`.'],
      ['resources/r.md', 'missing `c`.'],
    ]);
  });

  test('an enums page is authoritative; agreeing lists cost nothing', () => {
    const r = run([list('resources/r.md', 9, ['a', 'b']), list('api/a.md', 3, ['a', 'b', 'x'])], ['a', 'b']);
    expect(r.members).toEqual(['a', 'b']);
    expect(r.diagnostics.map((d) => [d.source.file, d.related?.[0]?.file])).toEqual([['api/a.md', 'resources/enums.md']]);
  });

  test('describeDifference', () => {
    expect(describeDifference(['a', 'c', 'b'], ['a', 'b', 'd'])).toBe('missing `d`; extra `c`');
    expect(describeDifference(['b', 'a'], ['a', 'b'])).toBe('order differs');
  });
});
