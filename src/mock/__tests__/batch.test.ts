import { describe, expect, test } from 'vitest';
import { SEED_ID, createMockState, handle } from '../index.js';
import { usersSet } from './__fixtures__/usersSet.js';

// JSON batching (https://learn.microsoft.com/graph/json-batching) on the users fixture.
const state = () => createMockState(usersSet());
const batch = (payload: unknown, s = state(), version = 'v1.0') => {
  const res = handle({ method: 'POST', url: `/${version}/$batch`, headers: { authorization: 'Bearer t', 'content-type': 'application/json' }, body: JSON.stringify(payload) }, s);
  return { status: res.status, json: JSON.parse(res.body) as { responses: { id: string; status: number; headers: Record<string, string>; body?: Record<string, unknown> }[]; error?: { code: string; message: string } } };
};
const json = { 'Content-Type': 'application/json' };

describe('$batch', () => {
  test.for(['v1.0', 'beta'])('under %s: each request answered with its own status, headers and body; dependsOn orders them', (version) => {
    const s = state();
    const { status, json: out } = batch(
      {
        requests: [
          { id: 'read', method: 'GET', url: '/users?$filter=displayName eq \'Batched\'', dependsOn: ['create'] },
          { id: 'create', method: 'POST', url: '/users', headers: json, body: { displayName: 'Batched', kind: 'member' } },
          { id: 'missing', method: 'GET', url: `https://graph.microsoft.com/${version}/users/nobody` },
        ],
      },
      s,
      version,
    );
    expect(status).toBe(200);
    const byId = Object.fromEntries(out.responses.map((r) => [r.id, r]));
    expect(out.responses.map((r) => r.id)).toEqual(['read', 'create', 'missing']);
    expect(byId.create).toMatchObject({ status: 201, body: { displayName: 'Batched' } });
    expect(byId.create!.headers['Content-Type']).toMatch(/^application\/json/);
    expect((byId.read!.body!.value as unknown[]).length).toBe(1);
    expect(byId.missing).toMatchObject({ status: 404, body: { error: { code: 'ResourceNotFound' } } });
  });

  test('a request whose dependency failed is 424 Failed Dependency, and is not run', () => {
    const s = state();
    const { json: out } = batch(
      {
        requests: [
          { id: '1', method: 'PATCH', url: '/users/nobody', headers: json, body: { displayName: 'x' } },
          { id: '2', method: 'DELETE', url: `/users/${SEED_ID}`, dependsOn: ['1'] },
        ],
      },
      s,
    );
    expect(out.responses.map((r) => r.status)).toEqual([404, 424]);
    expect(handle({ method: 'GET', url: `/v1.0/users/${SEED_ID}`, headers: { authorization: 'Bearer t' } }, s).status).toBe(200);
  });

  test.for([
    ['no requests array', { value: [] }, 'requests'],
    ['more than 20 requests', { requests: Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: 'GET', url: '/users' })) }, 'at most 20'],
    ['a duplicate id', { requests: [{ id: '1', method: 'GET', url: '/users' }, { id: '1', method: 'GET', url: '/users' }] }, 'used twice'],
    ['an unknown dependsOn', { requests: [{ id: '1', method: 'GET', url: '/users', dependsOn: ['9'] }] }, 'not in the batch'],
    ['a cycle', { requests: [{ id: '1', method: 'GET', url: '/users', dependsOn: ['2'] }, { id: '2', method: 'GET', url: '/users', dependsOn: ['1'] }] }, 'cycle'],
    ['a body without Content-Type', { requests: [{ id: '1', method: 'POST', url: '/users', body: {} }] }, 'Content-Type'],
    ['a bad method', { requests: [{ id: '1', method: 'FETCH', url: '/users' }] }, 'method'],
    ['a nested batch', { requests: [{ id: '1', method: 'POST', url: '/$batch', headers: json, body: {} }] }, 'itself a batch'],
  ] as const)('a batch with %s is 400 saying so', ([, payload, words]) => {
    const { status, json: out } = batch(payload);
    expect(status).toBe(400);
    expect(out.error?.code).toBe('BadRequest');
    expect(out.error?.message).toContain(words);
  });

  test('GET /$batch is 405', () => {
    expect(handle({ method: 'GET', url: '/v1.0/$batch', headers: { authorization: 'Bearer t' } }, state()).status).toBe(405);
  });
});
