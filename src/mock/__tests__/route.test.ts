import { describe, expect, test } from 'vitest';
import type { Contract } from '../../contracts/types.js';
import { Router, splitPath } from '../route.js';
import { seedSet } from './__fixtures__/seedSet.js';

const base = seedSet().contracts[0]!;
const at = (id: string, method: Contract['request']['method'], ...templates: string[]): Contract => ({
  ...base,
  id,
  operation: { ...base.operation, method, pathTemplate: templates[0]!, pathTemplates: templates },
  request: { ...base.request, method },
});

describe('splitPath', () => {
  test.for([
    ['/users/{id}/messages', ['users', '{id}', 'messages']],
    ["/education/synchronizationProfiles('{id}')/profileStatus", ['education', 'synchronizationProfiles', '{id}', 'profileStatus']],
    ["/users('a%20b')", ['users', 'a%20b']],
    ['/users/delta()', ['users', 'delta()']],
    ["/me/drive/root/microsoft.graph.getByPath(path='x')", ['me', 'drive', 'root', "microsoft.graph.getByPath(path='x')"]],
    ['/users?$select=id', ['users']],
  ] as const)('%s', ([path, segments]) => expect(splitPath(path)).toEqual(segments));
});

describe('Router', () => {
  const router = new Router([
    at('get-user', 'GET', '/users/{id | userPrincipalName}', '/me'),
    at('delta', 'GET', '/users/delta()'),
    at('range', 'GET', "/me/drive/items/{item-id}/workbook/worksheets/{id|name}/range(address='{address}')"),
    at('patch-user', 'PATCH', '/users/{id}'),
  ]);

  test('alternatives, OData keys and literal precedence', () => {
    expect(router.match('GET', '/users/adele@contoso.com')).toMatchObject({ kind: 'found', contracts: [{ id: 'get-user' }] });
    expect(router.match('GET', "/USERS('1')")).toMatchObject({ kind: 'found', contracts: [{ id: 'get-user' }] });
    expect(router.match('GET', '/me')).toMatchObject({ kind: 'found', contracts: [{ id: 'get-user' }] });
    expect(router.match('GET', '/users/delta()')).toMatchObject({ kind: 'found', contracts: [{ id: 'delta' }] });
    expect(router.match('GET', "/me/drive/items/1/workbook/worksheets/S/range(address='A1:B2')")).toMatchObject({ kind: 'found', contracts: [{ id: 'range' }] });
  });

  test('a matching path without the method is 405 with the documented methods', () => {
    expect(router.match('DELETE', '/users/1')).toEqual({ kind: 'method-not-allowed', allow: ['GET', 'PATCH'] });
    expect(router.match('GET', '/groups/1')).toEqual({ kind: 'no-route' });
  });

  test('counts one operation per documented method and template', () => {
    expect(router.operations).toBe(4);
  });
});
