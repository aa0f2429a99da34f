import { describe, expect, test } from 'vitest';
import { distinctParams } from '../deriveRequest.js';
import { endsInKey, headerValue } from '../deriveResponse.js';
import { pathParams, withoutQuery } from '../pathText.js';

/** What `pathParams` is written to find, as the regex states it. */
const byRegex = (path: string) => [...path.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]!.trim());

describe('pathParams', () => {
  test.for([
    '/users',
    '/users/{id}',
    '/users/{ id | userPrincipalName }/events/{id}',
    "/drives/{drive-id}/items('{item-id}')/content",
    '/a/{b{c}/d',
    '/a/}{b}/{',
    '/a/{}/{{x}}',
    '/a/{b/c}',
    '{x}{y}{z',
    '',
  ])('%j', (path) => {
    expect(pathParams(path)).toEqual(byRegex(path));
  });
});

describe('distinctParams', () => {
  test.for([
    ['/me/events/{id}/attachments/{id}', '/me/events/{id}/attachments/{id_2}'],
    ['/a/{id}/b/{id_2}/c/{id}', '/a/{id}/b/{id_2}/c/{id_2_}'],
    ['/a/{ id }/b/{id}', '/a/{ id }/b/{id_2}'],
    ['/users/{id}', '/users/{id}'],
    ['/users', '/users'],
    ['/a/{x}/b/{y}', '/a/{x}/b/{y}'],
  ] as const)('%j → %j', ([path, expected]) => {
    expect(distinctParams(path)).toBe(expected);
  });
});

test('withoutQuery', () => {
  expect(withoutQuery('/users?$top=2&$select=id')).toBe('/users');
  expect(withoutQuery('/users')).toBe('/users');
  expect(withoutQuery('?x')).toBe('');
});

describe('endsInKey', () => {
  test.for([
    ['/users/{id}', true],
    ['/users/{id}/', true],
    ["/users('{id}')", true],
    ['/users({id})?$select=id', true],
    ['/users/{id}/manager', false],
    ['/users/delta()', false],
    ["/reports/getOffice365ActiveUserDetail(period='{period}')", false],
    ['/', false],
    ['', false],
    ['{id}', true],
  ] as const)('%j → %s', ([path, keyed]) => {
    expect(endsInKey(path)).toBe(keyed);
  });
});

test('headerValue: by name ignoring case, parameters dropped', () => {
  expect(headerValue({ 'Content-Type': 'application/json; odata.metadata=minimal' }, 'content-type')).toBe('application/json');
  expect(headerValue({ 'content-type': ' text/plain ' }, 'content-type')).toBe('text/plain');
  expect(headerValue({ 'Content-Length': '12' }, 'content-type')).toBeUndefined();
  expect(headerValue(undefined, 'content-type')).toBeUndefined();
});
