import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildFromDocs } from '../../pipeline.js';
import { CORPUS_TARBALL } from '../../../test/helpers/corpus.js';
import { matches } from '../odata/evaluate.js';
import { parseFilter } from '../odata/filter.js';
import { parseQuery } from '../odata/query.js';

const people = [
  { id: '1', displayName: 'Adele Vance', mail: 'adele@contoso.com', age: 31, enabled: true, kind: 'member', roles: ['owner', 'reader'], created: '2021-07-01T10:00:00Z', identities: [{ issuer: 'contoso.com', issuerAssignedId: 'adele' }], manager: { displayName: 'Ben' } },
  { id: '2', displayName: 'Ben Walters', mail: null, age: 45, enabled: false, kind: 'guest', roles: [], created: '2020-01-01T00:00:00Z', identities: [], manager: null },
  { id: '3', displayName: 'Cleo', age: 28, enabled: true, kind: 'member,partner', roles: ['reader'], created: '2022-03-03T03:03:03Z', identities: [{ issuer: 'fabrikam.com', issuerAssignedId: 'cleo' }] },
];
const ctx = { isOf: (entity: unknown, type: string) => (entity as { kind?: string }).kind === type.replace(/^microsoft\.graph\./, '') };
const ids = (filter: string) => people.filter((p) => matches(parseFilter(filter), p, ctx)).map((p) => p.id);

describe('$filter', () => {
  test.for([
    ["displayName eq 'adele vance'", ['1']],
    ["displayName ne 'Cleo'", ['1', '2']],
    ['age gt 30', ['1', '2']],
    ['age ge 31 and age le 45', ['1', '2']],
    ['age lt 30 or enabled eq false', ['2', '3']],
    ['not (enabled eq true)', ['2']],
    ["startswith(displayName,'a')", ['1']],
    ["startsWith(displayName, 'B')", ['2']],
    ["endswith(mail,'@contoso.com')", ['1']],
    ["contains(displayName,'leo')", ['3']],
    ["kind in ('guest', 'partner')", ['2']],
    ["id in ('1','3') and enabled eq true", ['1', '3']],
    ["roles/any(r:r eq 'owner')", ['1']],
    ["roles/Any (r: r eq 'reader')", ['1', '3']],
    ['roles/any()', ['1', '3']],
    ["roles/all(r:r eq 'reader')", ['2', '3']],
    ["identities/any(c:c/issuer eq 'contoso.com' and c/issuerAssignedId eq 'adele')", ['1']],
    ['mail eq null', ['2', '3']],
    ["manager/displayName eq 'Ben'", ['1']],
    ['created ge 2021-01-01T00:00:00Z', ['1', '3']],
    ["kind has 'partner'", ['3']],
    ["tolower(displayName) eq 'cleo'", ['3']],
    ['length(displayName) eq 4', ['3']],
    ["isof('microsoft.graph.guest')", ['2']],
    ["kind eq microsoft.graph.userKind'guest'", ['2']],
    ["(displayName eq 'Cleo') or (age eq 45)", ['2', '3']],
    ['age eq -5', []],
  ] as const)('%s', ([filter, expected]) => {
    expect(ids(filter)).toEqual(expected);
  });

  test('syntax errors are BadRequest, unknown functions Request_UnsupportedQuery, as Graph answers', () => {
    expect(parseQuery("$filter=displayName eq 'x")).toMatchObject({ ok: false, code: 'BadRequest' });
    expect(parseQuery('$filter=displayName eq')).toMatchObject({ ok: false, code: 'BadRequest' });
    expect(parseQuery("$filter=geo.distance(a,'b') lt 5")).toMatchObject({ ok: false, code: 'Request_UnsupportedQuery' });
    expect(parseQuery("$filter=soundex(displayName) eq 'x'")).toMatchObject({ ok: false, code: 'Request_UnsupportedQuery' });
    expect(parseQuery('$top=-1')).toMatchObject({ ok: false, code: 'BadRequest' });
    expect(parseQuery('$count=maybe')).toMatchObject({ ok: false, code: 'BadRequest' });
  });
});

describe('other query options', () => {
  test('names with or without $, case-insensitive; nested $expand options', () => {
    const parsed = parseQuery('select=id,displayName&$ORDERBY=displayName desc,id&$top=5&$skip=2&$count=true&$expand=members($select=id;$top=3),manager&$search="adele"');
    expect(parsed).toEqual({
      ok: true,
      options: {
        select: ['id', 'displayName'],
        orderby: [
          { path: ['displayName'], desc: true },
          { path: ['id'], desc: false },
        ],
        top: 5,
        skip: 2,
        count: true,
        expand: [
          { name: 'members', options: { select: ['id'], top: 3 } },
          { name: 'manager', options: {} },
        ],
        search: 'adele',
      },
    });
  });

  test('$top above 999 pages on instead of failing', () => {
    expect(parseQuery('$top=1000')).toMatchObject({ ok: true, options: { top: 999 } });
  });
});

const corpus = existsSync(CORPUS_TARBALL);
describe.skipIf(!corpus)('the beta reference (skipped without the corpus)', () => {
  test('every $filter a documented request uses parses', async () => {
    const { set } = await buildFromDocs(CORPUS_TARBALL);
    const filters = [...new Set(set.contracts.flatMap((c) => Object.entries(c.request.query).filter(([k]) => /^\$?filter$/i.test(k.trim())).map(([, v]) => v.replace(/\+/g, ' '))))];
    expect(filters.length).toBeGreaterThan(70);
    const failed = filters.filter((f) => !parseQuery(`$filter=${encodeURIComponent(f)}`).ok);
    expect(failed).toEqual([]);
  });
});
