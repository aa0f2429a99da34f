import { afterAll, beforeAll, expect, test } from 'vitest';
import { startMockServer, type RunningMock } from '../index.js';
import { usersSet } from './__fixtures__/usersSet.js';
import { send } from './__helpers__/send.js';

let mock: RunningMock;
beforeAll(async () => {
  const set = usersSet();
  mock = await startMockServer(set);
});
afterAll(() => mock.close());

const headers = { authorization: 'Bearer t', 'content-type': 'application/json' };
const call = (method: string, url: string, body?: unknown) => send(mock.url, { method, url, headers, ...(body ? { body: JSON.stringify(body) } : {}) });

test('the store stays consistent under concurrent POST, PATCH and GET', async () => {
  const before = mock.store.size;
  const created = await Promise.all(Array.from({ length: 60 }, (_, i) => call('POST', '/v1.0/users', { displayName: `u${i}` })));
  const ids = created.map((r) => r.json?.id as string);
  expect(new Set(ids).size).toBe(60);

  // Every user is patched by several writers at once while readers read it.
  const writes = ids.flatMap((id) => [1, 2, 3].map((n) => call('PATCH', `/v1.0/users/${id}`, { displayName: `${id}-${n}` })));
  const reads = ids.map((id) => call('GET', `/v1.0/users/${id}`));
  const [written, read] = await Promise.all([Promise.all(writes), Promise.all(reads)]);
  expect(written.every((r) => r.status === 204)).toBe(true);
  expect(read.every((r) => r.status === 200)).toBe(true);
  for (const [i, r] of read.entries()) expect(r.json?.displayName).toMatch(new RegExp(`^(u${i}|${ids[i]}-[123])$`));

  const list = (await call('GET', '/v1.0/users')).json?.value as { id: string; displayName: string }[];
  expect(list.filter((u) => ids.includes(u.id))).toHaveLength(60);
  for (const u of list.filter((x) => ids.includes(x.id))) expect(u.displayName).toMatch(new RegExp(`^${u.id}-[123]$`));
  expect(mock.store.size).toBe(before + 60);
});
