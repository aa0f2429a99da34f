import { describe, expect, test } from 'vitest';
import type { ContractSet } from '../../contracts/types.js';
import { CONTRACT_HEADER, DRIFT_HEADER, SEED_ID, createMockState, handle, requestFor } from '../index.js';
import { contract, usersSet } from './__fixtures__/usersSet.js';

// The pure handler, without HTTP: documented bodies beyond plain entities.
const base = usersSet();
const withContracts = (...contracts: ContractSet['contracts']): ContractSet => ({ ...base, contracts });
const answer = (set: ContractSet, id: string, headers: Record<string, string> = {}) => {
  const c = set.contracts.find((x) => x.id === id)!;
  const res = handle(requestFor(c, { [CONTRACT_HEADER]: id, ...headers }), createMockState(set));
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

  test('the same query options win, then a page showing the entity as Graph sends it', () => {
    expect(get(`/v1.0/users/${SEED_ID}`).displayName).toBe('Plain');
    expect(get(`/v1.0/users/${SEED_ID}?$select=displayName`).displayName).toBe('Selected');
  });

  test('the contract header pins the answering contract (its `{"value": {...}}` example answered unwrapped)', () => {
    const pinned = get(`/v1.0/users/${SEED_ID}`, { [CONTRACT_HEADER]: 'intune-user-get' });
    expect(pinned).toMatchObject({ id: SEED_ID });
    expect(pinned).not.toHaveProperty('value');
    expect(pinned).not.toHaveProperty('displayName');
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

  test('a documented text body ($count) is answered as text, with or without a doc example', () => {
    const shown = contract('user-count', 'GET', '/users/$count', 200, 'unknown', '893');
    const unshown = contract('user-count~2', 'GET', '/users/$count', 200, 'unknown', undefined);
    for (const c of [shown, unshown]) c.response = { ...c.response, contentType: 'text/plain' };
    const set = withContracts(shown, unshown);
    const withExample = handle(requestFor(shown, { [CONTRACT_HEADER]: shown.id }), createMockState(set));
    expect(withExample).toMatchObject({ status: 200, body: '893' });
    expect(withExample.headers['content-type']).toBe('text/plain');
    const withoutExample = handle(requestFor(unshown, { [CONTRACT_HEADER]: unshown.id }), createMockState(set));
    expect(withoutExample).toMatchObject({ status: 200, body: '0' });
    expect(withoutExample.headers['content-type']).toBe('text/plain');
  });

  test('doc placeholders in enum fields become documented members', () => {
    const set = withContracts(contract('user-get', 'GET', '/users/{id}', 200, 'entity', { id: 'a', kind: 'kind-value' }));
    expect(answer(set, 'user-get').json?.kind).toBe('member');
  });

  test('enum-out-of-range adds the documented field when the answer lacks it', () => {
    const set = withContracts(contract('user-get', 'GET', '/users/{id}', 200, 'entity', { id: 'a' }));
    const res = answer(set, 'user-get', { [DRIFT_HEADER]: 'enum-out-of-range' });
    expect(res.headers[DRIFT_HEADER]).toBe('enum-out-of-range');
    expect(res.json?.kind).toBe('notADocumentedMember');
  });

  test('body drifts do not apply to a documented 204', () => {
    const res = answer(base, 'user-update', { [DRIFT_HEADER]: 'empty-body' });
    expect(res.status).toBe(204);
    expect(res.headers[DRIFT_HEADER]).toBe('not-applicable');
  });
});
