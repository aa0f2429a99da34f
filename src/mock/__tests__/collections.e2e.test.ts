import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { SEED_ID, startMockServer, type RunningMock } from '../index.js';
import { usersSet } from './__fixtures__/usersSet.js';
import { send } from './__helpers__/send.js';

let mock: RunningMock;
beforeAll(async () => {
  const set = usersSet();
  mock = await startMockServer(set);
});
beforeEach(() => mock.state.reset());
afterAll(() => mock.close());

const auth = { authorization: 'Bearer t' };
const json = { ...auth, 'content-type': 'application/json' };
const call = (method: string, url: string, body?: unknown, headers: Record<string, string> = json) =>
  send(mock.url, { method, url, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });

describe('collections', () => {
  test('GET lists the stored items (the example items and the seeded id) with a collection context; each listed id resolves', async () => {
    const res = await call('GET', '/v1.0/users');
    expect(res.status).toBe(200);
    expect(res.json?.['@odata.context']).toBe('https://graph.microsoft.com/v1.0/$metadata#users');
    const ids = (res.json?.value as { id: string }[]).map((u) => u.id);
    expect(ids).toEqual(expect.arrayContaining(['a1', 'b2', SEED_ID]));
    for (const id of ids) expect((await call('GET', `/v1.0/users/${id}`)).status).toBe(200);
  });

  test('POST adds an item with a generated id; GET by id, PATCH 204, DELETE, then 404', async () => {
    const created = await call('POST', '/v1.0/users', { displayName: 'Cleo', kind: 'guest' });
    expect(created.status).toBe(201);
    const id = created.json?.id as string;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(((await call('GET', '/v1.0/users')).json?.value as { id: string }[]).map((u) => u.id)).toContain(id);
    expect((await call('GET', `/v1.0/users/${id}`)).json).toMatchObject({ id, displayName: 'Cleo' });
    const patched = await call('PATCH', `/v1.0/users/${id}`, { displayName: 'Cleo B' });
    expect(patched.status).toBe(204);
    expect(patched.text).toBe('');
    expect((await call('GET', `/v1.0/users('${id}')`)).json).toMatchObject({ displayName: 'Cleo B' });
    expect((await call('DELETE', `/v1.0/users/${id}`, undefined, auth)).status).toBe(204);
    expect((await call('GET', `/v1.0/users/${id}`)).status).toBe(404);
    expect((await call('DELETE', `/v1.0/users/${id}`, undefined, auth)).status).toBe(404);
  });

  test('the seeded id answers every documented GET, PATCH and DELETE out of the box', async () => {
    expect((await call('GET', `/beta/users/${SEED_ID}`)).status).toBe(200);
    expect((await call('PATCH', `/beta/users/${SEED_ID}`, { displayName: 'x' })).status).toBe(204);
    expect((await call('DELETE', `/beta/users/${SEED_ID}`, undefined, auth)).status).toBe(204);
  });

  test('what a DELETE removed stays removed, whatever the request carries', async () => {
    const del = (headers: Record<string, string> = {}) => call('DELETE', `/v1.0/users/${SEED_ID}`, undefined, { ...auth, ...headers });
    expect((await del()).status).toBe(204);
    expect((await del()).status).toBe(404);
    expect((await del({ 'x-graph-contracts-contract': 'user-delete' })).status).toBe(404);
  });

  test('a request body of the wrong shape is 400 naming the property', async () => {
    const res = await call('POST', '/v1.0/users', { displayName: 42 });
    expect(res.status, res.text).toBe(400);
    expect(res.text).toContain("'displayName'");
  });
});

describe('evolvable enums', () => {
  test('members after unknownFutureValue need Prefer: include-unknown-enum-members', async () => {
    const plain = await call('GET', '/v1.0/users/a1');
    expect(plain.json?.kind).toBe('unknownFutureValue');
    const opted = await call('GET', '/v1.0/users/a1', undefined, { ...auth, prefer: 'return=minimal, include-unknown-enum-members' });
    expect(opted.json?.kind).toBe('partner');
    const list = await call('GET', "/v1.0/users?$filter=id in ('a1', 'b2')&$orderby=id");
    expect((list.json?.value as { kind: string }[]).map((u) => u.kind)).toEqual(['unknownFutureValue', 'member']);
  });
});

describe('query options on a collection', () => {
  test('paging: $top pages with @odata.nextLink on the host called, until the last page; $skip offsets', async () => {
    for (let i = 0; i < 5; i++) await call('POST', '/v1.0/users', { displayName: `paged ${i}`, kind: 'member' });
    const seen: string[] = [];
    let url: string | undefined = "/v1.0/users?$filter=startswith(displayName,'paged')&$top=2";
    let pages = 0;
    while (url) {
      const res = await call('GET', url);
      pages++;
      seen.push(...(res.json?.value as { displayName: string }[]).map((u) => u.displayName));
      const next = res.json?.['@odata.nextLink'] as string | undefined;
      if (next) expect(next.startsWith(mock.url)).toBe(true);
      url = next?.slice(mock.url.length);
    }
    expect(pages).toBe(3);
    expect(seen.sort()).toEqual(['paged 0', 'paged 1', 'paged 2', 'paged 3', 'paged 4']);
    const skipped = await call('GET', "/v1.0/users?$filter=startswith(displayName,'paged')&$orderby=displayName desc&$skip=3");
    expect((skipped.json?.value as { displayName: string }[]).map((u) => u.displayName)).toEqual(['paged 1', 'paged 0']);
  });

  test('a $skiptoken the mock did not issue is a 400', async () => {
    expect((await call('GET', '/v1.0/users?$skiptoken=forged')).status).toBe(400);
  });

  test('an unsupported filter function is 400 Request_UnsupportedQuery; a syntax error 400 BadRequest', async () => {
    const unsupported = await call('GET', "/v1.0/users?$filter=soundex(displayName) eq 'x'");
    expect(unsupported.status).toBe(400);
    expect((unsupported.json?.error as { code: string }).code).toBe('Request_UnsupportedQuery');
    const broken = await call('GET', "/v1.0/users?$filter=displayName eq 'x");
    expect((broken.json?.error as { code: string }).code).toBe('BadRequest');
  });
});

describe('ConsistencyLevel', () => {
  let counting: RunningMock;
  beforeAll(async () => {
    const set = usersSet();
    const list = set.contracts.find((c) => c.id === 'user-list')!;
    set.contracts.push({ ...list, id: 'user-list~2', request: { ...list.request, query: { $count: 'true' }, headers: { ConsistencyLevel: 'eventual' } } });
    counting = await startMockServer(set);
  });
  afterAll(() => counting.close());

  test('where the docs send ConsistencyLevel: eventual, $count without it is 400; with it, @odata.count and /$count answer', async () => {
    const get = (url: string, headers: Record<string, string> = {}) => send(counting.url, { method: 'GET', url, headers: { ...auth, ...headers } });
    const refused = await get('/v1.0/users?$count=true');
    expect(refused.status).toBe(400);
    expect((refused.json?.error as { code: string }).code).toBe('Request_UnsupportedQuery');
    const counted = await get('/v1.0/users?$count=true', { consistencylevel: 'eventual' });
    expect(counted.json?.['@odata.count']).toBe((counted.json?.value as unknown[]).length);
    expect((await get('/v1.0/users/$count', { consistencylevel: 'eventual' })).text).toBe(String((counted.json?.value as unknown[]).length));
    expect((await get('/v1.0/users/$count')).status).toBe(400);
  });
});
