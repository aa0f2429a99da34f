import { describe, expect, test } from 'vitest';
import { parseRequest, parseResponse, splitUrl } from '../httpMessage.js';

const at = { file: 'api/x.md', line: 20 };

describe('parseRequest', () => {
  test('PATCH with headers and JSON body (seed)', () => {
    const text = [
      'PATCH https://graph.microsoft.com/beta/education/synchronizationProfiles/{educationSynchronizationProfileId}/profileStatus',
      'Content-Type: application/json',
      'Content-length: 173',
      '',
      '{',
      '  "status": "String"',
      '}',
    ].join('\n');
    const { example, diagnostics } = parseRequest(text, at);
    expect(diagnostics).toEqual([]);
    expect(example).toEqual({
      method: 'PATCH',
      url: 'https://graph.microsoft.com/beta/education/synchronizationProfiles/{educationSynchronizationProfileId}/profileStatus',
      version: 'beta',
      path: '/education/synchronizationProfiles/{educationSynchronizationProfileId}/profileStatus',
      query: {},
      headers: { 'Content-Type': 'application/json', 'Content-length': '173' },
      body: { status: 'String' },
      source: at,
    });
  });

  test('GET with query and no body', () => {
    const { example } = parseRequest("GET https://graph.microsoft.com/v1.0/users?$filter=startswith(displayName,'a')&$top=5", at);
    expect(example).toMatchObject({ method: 'GET', version: 'v1.0', path: '/users', query: { $filter: "startswith(displayName,'a')", $top: '5' } });
    expect(example?.body).toBeUndefined();
  });

  test('lower-case method and trailing HTTP version', () => {
    expect(parseRequest('get /me HTTP/1.1', at).example).toMatchObject({ method: 'GET', url: '/me', version: '', path: '/me' });
  });

  test('spaces in the query stay in the URL; other text is not a request', () => {
    expect(parseRequest("GET /users?$filter=name eq 'a b'", at).example?.query).toEqual({ $filter: "name eq 'a b'" });
    expect(parseRequest('{ "a": 1 }', at)).toEqual({ diagnostics: [] });
  });

  test('a body that is not JSON is kept as text, its diagnostic at the body line', () => {
    const r = parseRequest('POST https://graph.microsoft.com/beta/x\nContent-type: application/json\n\n{ "a": 1 "b": 2 }', at);
    expect(r.example?.bodyText).toBe('{ "a": 1 "b": 2 }');
    expect(r.diagnostics.map((d) => [d.rule, d.source.line])).toEqual([['example-body-not-json', 23]]);
  });

  test('non-JSON content types carry text bodies without complaint', () => {
    const r = parseRequest('PUT https://graph.microsoft.com/beta/me/photo/$value\nContent-type: image/jpeg\n\nBinary data', at);
    expect(r).toMatchObject({ example: { bodyText: 'Binary data' }, diagnostics: [] });
  });
});

describe('parseResponse', () => {
  test('status, headers directly followed by a body (seed POST response)', () => {
    const r = parseResponse('HTTP/1.1 201 Created\nContent-Type: application/json\n{\n  "id": "1",\n}', at);
    expect(r.example).toMatchObject({ status: 201, truncated: false, headers: { 'Content-Type': 'application/json' }, body: { id: '1' } });
    expect(r.diagnostics.map((d) => [d.rule, d.source.line])).toEqual([['example-json-trailing-comma', 23]]);
  });

  test('204 without body', () => {
    expect(parseResponse('HTTP/1.1 204 No Content', at).example).toEqual({ status: 204, truncated: false, headers: {}, source: at });
  });

  test('not a status line', () => {
    expect(parseResponse('Content-type: application/json', at).example).toBeUndefined();
  });
});

describe('splitUrl', () => {
  test('keeps placeholders and decodes the query', () => {
    expect(splitUrl('https://graph.microsoft.com/beta/users/{id | userPrincipalName}/photo?$select=a%20b')).toEqual({
      version: 'beta', path: '/users/{id | userPrincipalName}/photo', query: { $select: 'a b' },
    });
  });
});

describe('splitUrl by index', () => {
  test.for([
    'https://graph.microsoft.com/v1.0',
    'https://graph.microsoft.com/BETA/',
    '/beta',
    'users/beta/x',
    '/v1.0/me?',
    '/me?a&&b=1=2&%zz=%41&c=%E0%A4%A',
    '?x=1',
    '',
  ])('%j splits as the segment and pair arrays did', (url) => {
    const q = url.indexOf('?');
    const pathPart = (q >= 0 ? url.slice(0, q) : url).replace(/^https?:\/\/[^/]+/i, '');
    const segments = pathPart.split('/');
    const hasVersion = /^(beta|v1\.0)$/i.test(segments[1] ?? '');
    const decode = (s: string) => { try { return decodeURIComponent(s); } catch { return s; } };
    const query: Record<string, string> = {};
    if (q >= 0) for (const pair of url.slice(q + 1).split('&')) {
      const eq = pair.indexOf('=');
      const key = eq >= 0 ? pair.slice(0, eq) : pair;
      if (key !== '') query[decode(key)] = eq >= 0 ? decode(pair.slice(eq + 1)) : '';
    }
    const expected = { version: hasVersion ? (segments[1] ?? '').toLowerCase() : '', path: hasVersion ? '/' + segments.slice(2).join('/') : pathPart, query };
    expect(splitUrl(url)).toEqual(expected);
  });
});

describe('content type', () => {
  test('the first Content-Type header decides; an empty one leaves it to the body', () => {
    expect(parseRequest('POST /x\nContent-Type: text/plain\ncontent-type: application/json\n\n{"a": 1}', at).example).toMatchObject({ bodyText: '{"a": 1}' });
    expect(parseRequest('POST /x\nContent-Type:\ncontent-type: text/plain\n\n{"a": 1}', at).example).toMatchObject({ body: { a: 1 } });
  });
});
