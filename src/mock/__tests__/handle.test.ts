import { describe, expect, test } from 'vitest';
import type { ContractSet } from '../../contracts/types.js';
import { SEED_ID, createMockState, handle, requestFor, type DriftMode } from '../index.js';
import { contract, usersSet } from './__fixtures__/usersSet.js';
import { NAVIGATION_KEYWORD } from '../../schemas/index.js';

// The pure handler, without HTTP: documented bodies beyond plain entities.
const base = usersSet();
const withContracts = (...contracts: ContractSet['contracts']): ContractSet => ({ ...base, contracts });
const answer = (set: ContractSet, id: string, drift?: DriftMode) => {
  const c = set.contracts.find((x) => x.id === id)!;
  const res = handle(requestFor(c), createMockState(set, drift ? { drift } : {}));
  return { ...res, json: res.body ? (JSON.parse(res.body) as Record<string, unknown>) : undefined };
};

describe('choosing among contracts on one route', () => {
  const wrapped = contract('intune-user-get', 'GET', '/users/{id}', 200, 'entity', { value: { id: 'w' } });
  const plain = contract('user-get', 'GET', '/users/{id}', 200, 'entity', { id: 'p', displayName: 'Plain' });
  const selected = { ...contract('user-get~2', 'GET', '/users/{id}', 200, 'entity', { id: 's', displayName: 'Selected' }) };
  selected.request = { ...selected.request, query: { $select: 'displayName' } };
  const set = withContracts(wrapped, plain, selected);
  const get = (url: string, headers: Record<string, string> = {}) =>
    JSON.parse(handle({ method: 'GET', url, headers: { authorization: 'Bearer t', ...headers } }, createMockState(set)).body) as Record<string, unknown>;

  test('one entity answers every page on the path; $select projects it', () => {
    expect(get(`/v1.0/users/${SEED_ID}`).displayName).toBe('Plain');
    const selected = get(`/v1.0/users/${SEED_ID}?$select=displayName`);
    expect(selected).toEqual({ '@odata.context': `https://graph.microsoft.com/v1.0/$metadata#users/${SEED_ID}(displayName)/$entity`, id: SEED_ID, displayName: 'Plain' });
  });

  test('no header chooses the page: the one that was once pinned is an unknown header now', () => {
    expect(get(`/v1.0/users/${SEED_ID}`, { 'x-graph-contracts-contract': 'intune-user-get' }).displayName).toBe('Plain');
  });

  test('the seeded entity holds what every page on the path shows, the `{"value": {...}}` example unwrapped', () => {
    const entity = get(`/v1.0/users/${SEED_ID}`);
    expect(entity).toMatchObject({ id: SEED_ID, displayName: 'Plain' });
    expect(entity).not.toHaveProperty('value');
  });
});

describe('documented bodies', () => {
  test('a page documenting an error status is answered with it, in the error envelope', () => {
    const set = withContracts(contract('user-get-missing', 'GET', '/users/{id}', 404, 'unknown', { error: { code: 'Request_ResourceNotFound', message: 'gone' } }));
    const res = answer(set, 'user-get-missing');
    expect(res.status).toBe(404);
    expect(res.json).toEqual({ error: { code: 'Request_ResourceNotFound', message: 'gone' } });
  });

  test('an action returning a collection of strings answers { value: [...] }', () => {
    const set = withContracts(contract('user-checkgroups', 'POST', '/users/{id}/checkMemberGroups', 200, 'collection', { value: ['g1', 'g2'] }, { groupIds: ['g1'] }));
    const res = answer(set, 'user-checkgroups');
    expect(res.status).toBe(200);
    expect(res.json?.value).toEqual(['g1', 'g2']);
  });

  test('/$count answers the number of stored items as text, not a page\'s example count', () => {
    const shown = contract('user-count', 'GET', '/users/$count', 200, 'unknown', '893');
    const unshown = contract('user-count~2', 'GET', '/users/$count', 200, 'unknown', undefined);
    for (const c of [shown, unshown]) c.response = { ...c.response, contentType: 'text/plain' };
    // `/$count` counts the collection's stored items, whichever page documents it.
    const state = createMockState(withContracts(shown, unshown, ...base.contracts));
    const listed = JSON.parse(handle(requestFor(base.contracts.find((c) => c.id === 'user-list')!), state).body) as { value: unknown[] };
    const counted = handle(requestFor(shown), state);
    expect(counted).toMatchObject({ status: 200, body: String(listed.value.length) });
    expect(counted.body).not.toBe('893');
    expect(counted.headers['content-type']).toBe('text/plain');
  });

  test('doc placeholders in enum fields become documented members', () => {
    const set = withContracts(contract('user-get', 'GET', '/users/{id}', 200, 'entity', { id: 'a', kind: 'kind-value' }));
    expect(answer(set, 'user-get').json?.kind).toBe('member');
  });

  test('enum-out-of-range adds the documented field when the answer lacks it', () => {
    const set = withContracts(contract('user-get', 'GET', '/users/{id}', 200, 'entity', { id: 'a' }));
    const res = answer(set, 'user-get', 'enum-out-of-range');
    expect(res.trace?.drift).toBe('enum-out-of-range');
    expect(res.json?.kind).toBe('notADocumentedMember');
  });

  test('body drifts do not apply to a documented 204', () => {
    const res = answer(base, 'user-update', 'empty-body');
    expect(res.status).toBe(204);
    expect(res.trace?.drift).toBe('not-applicable');
  });
});

test('an enum member written in another case is stored and answered in its documented spelling; an unknown value is not stored', () => {
  const state = createMockState(usersSet());
  const send = (method: string, url: string, body?: unknown) => {
    const res = handle({ method, url, headers: { authorization: 'Bearer t', 'content-type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) }, state);
    return res.body ? (JSON.parse(res.body) as Record<string, unknown>) : undefined;
  };
  const made = send('POST', '/v1.0/users', { displayName: 'Cased', kind: 'GUEST' });
  expect(made?.kind).toBe('guest');
  expect(send('GET', `/v1.0/users/${String(made?.id)}`)?.kind).toBe('guest');
  send('PATCH', `/v1.0/users/${String(made?.id)}`, { kind: 'Member' });
  expect(send('GET', `/v1.0/users/${String(made?.id)}`)?.kind).toBe('member');
  send('PATCH', `/v1.0/users/${String(made?.id)}`, { kind: 'stranger' });
  expect(send('GET', `/v1.0/users/${String(made?.id)}`)?.kind).toBe('member');
});

test('an expanded entity is answered with its key even where the stored one has none; the store keeps what it had', () => {
  const get = contract('user-get-expand', 'GET', '/users/{id}', 200, 'entity', { id: 'x' });
  const expanding = { ...get, request: { ...get.request, query: { $expand: 'manager' } }, response: { ...get.response, requiredFields: [...get.response.requiredFields, { pointer: '/manager/id', rule: 'key' as const }] } };
  const state = createMockState(withContracts(expanding));
  const manager = { displayName: 'Boss' };
  state.store.put(`/users/${SEED_ID}/manager`, manager);
  const res = handle({ method: 'GET', url: `/v1.0/users/${SEED_ID}?$expand=manager`, headers: { authorization: 'Bearer t' } }, state);
  expect((JSON.parse(res.body) as { manager: Record<string, unknown> }).manager).toMatchObject({ displayName: 'Boss', id: expect.any(String) as unknown });
  expect(state.store.get(`/users/${SEED_ID}/manager`)).not.toHaveProperty('id');
});

describe('navigation properties', () => {
  // `manager` is a navigation property of user (its Relationships table), `mailboxSettings` an
  // ordinary one; the stored user holds both inline, as a page's example or a create may leave it.
  const set = withContracts(contract('user-get', 'GET', '/users/{id}', 200, 'entity', { id: 'x' }));
  const user = set.schemas['user.schema.json'] as { properties: Record<string, unknown> };
  set.schemas = { ...set.schemas, 'user.schema.json': { ...user, properties: { ...user.properties, manager: { $ref: 'user.schema.json', [NAVIGATION_KEYWORD]: true }, mailboxSettings: { type: 'object' } } } };
  const get = (query = '') => {
    const state = createMockState(set);
    state.store.put(`/users/${SEED_ID}`, { id: SEED_ID, displayName: 'Adele', manager: { id: 'm1', displayName: 'Stale' }, mailboxSettings: { timeZone: 'UTC' } });
    state.store.put(`/users/${SEED_ID}/manager`, { id: 'm2', displayName: 'Boss' });
    return JSON.parse(handle({ method: 'GET', url: `/v1.0/users/${SEED_ID}${query}`, headers: { authorization: 'Bearer t' } }, state).body) as Record<string, unknown>;
  };

  test('are answered only when $expand names them, as on Graph, whatever the store holds inline', () => {
    const plain = get();
    expect(plain).not.toHaveProperty('manager');
    expect(plain).toMatchObject({ displayName: 'Adele', mailboxSettings: { timeZone: 'UTC' } });
    expect(get('?$select=displayName,manager')).not.toHaveProperty('manager');
  });

  test('$expand answers the related entity the store holds for it', () => {
    expect(get('?$expand=manager').manager).toMatchObject({ id: 'm2', displayName: 'Boss' });
  });
});
