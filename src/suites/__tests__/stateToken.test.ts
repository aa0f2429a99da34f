import { expect, test } from 'vitest';
import { getProfileStatus } from '../../contracts/__tests__/__fixtures__/contracts.js';
import type { HttpRequest, HttpResponse, Transport } from '../../transport/types.js';
import { requestFor } from '../requestFor.js';
import { withIssuedToken } from '../stateToken.js';

/** A transport answering every request with `json`, keeping what it was sent. */
function answering(json: unknown): Transport & { sent: HttpRequest[] } {
  const sent: HttpRequest[] = [];
  return {
    kind: 'mock',
    baseUrl: 'http://127.0.0.1:1',
    sent,
    send: (request) => {
      sent.push(request);
      return Promise.resolve({ status: 200, headers: {}, text: JSON.stringify(json), json, elapsedMs: 0 } satisfies HttpResponse);
    },
  };
}

const paged = { ...getProfileStatus, request: { ...getProfileStatus.request, query: { $skiptoken: 'from-the-docs-tenant', $top: '2' } } };
const request = requestFor(paged, { id: 'p' }, { 'client-request-id': 'c' });

test("a page's $skiptoken is replaced by the one the target issues: the initial request, then its @odata.nextLink", async () => {
  const transport = answering({ value: [], '@odata.nextLink': 'https://graph.microsoft.com/beta/education/synchronizationProfiles/p/profileStatus?$skiptoken=issued&$top=2' });
  const followed = await withIssuedToken(paged, request, transport);
  expect(transport.sent.map((r) => r.url)).toEqual(['/beta/education/synchronizationProfiles/p/profileStatus?$top=2']);
  expect(followed).toMatchObject({ method: 'GET', url: '/beta/education/synchronizationProfiles/p/profileStatus?$skiptoken=issued&$top=2', headers: { 'client-request-id': 'c' } });
});

test('no next link to follow: a reason to skip, not a request with a token the target never issued', async () => {
  const followed = await withIssuedToken(paged, request, answering({ value: [] }));
  expect(followed).toEqual({ reason: expect.stringContaining('has no @odata.nextLink') as unknown });
});

test('a request without a state token is sent as it is, with no extra request', async () => {
  const transport = answering({});
  const plain = requestFor(getProfileStatus, { id: 'p' }, {});
  expect(await withIssuedToken(getProfileStatus, plain, transport)).toBe(plain);
  expect(transport.sent).toEqual([]);
});
