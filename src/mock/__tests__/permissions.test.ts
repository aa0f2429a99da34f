import { describe, expect, test } from 'vitest';
import type { ContractSet } from '../../contracts/types.js';
import { createMockState, handle, SEED_ID } from '../index.js';
import { tokenPermissionType } from '../permissions.js';
import { contract, usersSet } from './__fixtures__/usersSet.js';

const jwt = (claims: Record<string, unknown>) => `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.`;
const APP = jwt({ roles: ['User.ReadWrite.All'], idtyp: 'app', tid: 't' });
const WORK = jwt({ scp: 'User.ReadWrite', tid: 't' });
const PERSONAL = jwt({ scp: 'User.Read', tid: '9188040d-6c67-4c5b-b112-36a304b66dad' });

describe('permission type of a bearer token', () => {
  test.for([
    ['app-only (idtyp)', APP, 'application'],
    ['app-only (roles, no scp)', jwt({ roles: ['x'] }), 'application'],
    ['delegated work or school', WORK, 'delegatedWork'],
    ['delegated personal account', PERSONAL, 'delegatedPersonal'],
    ['not a JWT', 'graph-contracts-mock', undefined],
    ['claims that are not JSON', 'a.b.c', undefined],
    ['neither roles nor scp', jwt({ tid: 't' }), undefined],
  ] as const)('%s', ([, token, kind]) => expect(tokenPermissionType(token)).toBe(kind));
});

describe('requests the token may not make', () => {
  const appNotSupported = contract('user-list', 'GET', '/users', 200, 'collection', { value: [] });
  appNotSupported.permissions = { delegatedWork: ['User.Read.All'], delegatedPersonal: null, application: null };
  const set: ContractSet = { ...usersSet(), contracts: [appNotSupported] };
  const get = (token: string, permissions?: 'ignore') =>
    handle({ method: 'GET', url: '/v1.0/users', headers: { authorization: `Bearer ${token}` } }, createMockState(set, { permissions }));

  test('an app-only token gets 403 in the error envelope, naming the page', () => {
    const res = get(APP);
    expect(res.status).toBe(403);
    const body = JSON.parse(res.body) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('Authorization_RequestDenied');
    expect(body.error.message).toContain('Application permissions are not supported for GET /users (api/user-list.md)');
  });

  test('a personal account is refused too; a work account and the default token are answered', () => {
    expect(get(PERSONAL).status).toBe(403);
    expect(get(WORK).status).toBe(200);
    expect(get('graph-contracts-mock').status).toBe(200);
  });

  test("permissions: 'ignore' answers it (a tenant that wrongly allows it)", () => {
    expect(get(APP, 'ignore').status).toBe(200);
  });
});

describe('DELETE of what a client created, with no DELETE page in the set', () => {
  const { contracts } = usersSet();
  const set: ContractSet = { ...usersSet(), contracts: contracts.filter((c) => c.request.method !== 'DELETE') };
  const send = (state: ReturnType<typeof createMockState>, method: string, url: string, body?: unknown) =>
    handle({ method, url, headers: { authorization: 'Bearer t', ...(body ? { 'content-type': 'application/json' } : {}) }, ...(body ? { body: JSON.stringify(body) } : {}) }, state);

  test('deletes the created entity and leaves no created entity in the store', () => {
    const state = createMockState(set);
    const created = JSON.parse(send(state, 'POST', '/v1.0/users', { displayName: 'Temp' }).body) as { id: string };
    expect(state.store.created()).toEqual([`/users/${created.id.toLowerCase()}`]);
    expect(send(state, 'DELETE', `/v1.0/users/${created.id}`).status).toBe(204);
    expect(state.store.created()).toEqual([]);
    expect(send(state, 'GET', `/v1.0/users/${created.id}`).status).toBe(404);
  });

  test('seed data and URLs where nothing was created are refused as before', () => {
    const state = createMockState(set);
    expect(send(state, 'DELETE', `/v1.0/users/${SEED_ID}`).status).toBe(405);
    expect(send(state, 'DELETE', '/v1.0/users/never-created').status).toBe(405);
    expect(send(state, 'DELETE', '/v1.0/groups/never-created').status).toBe(404);
    expect(state.store.has(`/users/${SEED_ID}`)).toBe(true);
  });
});
