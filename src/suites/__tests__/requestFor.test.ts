import { expect, test } from 'vitest';
import { getProfileStatus, patchProfileStatus } from '../../contracts/__tests__/__fixtures__/contracts.js';
import { requestFor } from '../requestFor.js';

test('path parameters are filled and encoded; $ options stay literal; JSON bodies get a content type', () => {
  const get = { ...getProfileStatus, request: { ...getProfileStatus.request, query: { $top: '1', $filter: "status eq 'paused'" } } };
  expect(requestFor(get, { id: 'a/b c' }, { 'client-request-id': 'c' })).toEqual({
    method: 'GET',
    url: "/beta/education/synchronizationProfiles/a%2Fb%20c/profileStatus?$filter=status%20eq%20'paused'&$top=1",
    headers: { 'client-request-id': 'c' },
  });
  const patch = requestFor({ ...patchProfileStatus, request: { ...patchProfileStatus.request, headers: {} } }, { educationSynchronizationProfileId: 'p' }, {});
  expect(patch).toMatchObject({ method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(patchProfileStatus.request.body) });
});

test('an example path written without its leading slash still goes under the version', () => {
  const bare = { ...getProfileStatus, request: { ...getProfileStatus.request, path: 'me/devices', pathParams: [] } };
  expect(requestFor(bare, {}, {}).url).toBe('/beta/me/devices');
});
