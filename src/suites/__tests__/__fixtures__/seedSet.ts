import { getProfileStatus, patchProfileStatus } from '../../../contracts/__tests__/__fixtures__/contracts.js';
import { seedSchemas } from '../../../contracts/__tests__/__fixtures__/schemas.js';
import type { Contract, ContractSet } from '../../../contracts/types.js';

/** POST profileStatus (201), as the build derives it from the seed page. */
const postProfileStatus: Contract = {
  ...patchProfileStatus,
  id: 'educationsynchronizationprofilestatus-post',
  pageId: 'educationsynchronizationprofilestatus-post',
  page: 'api/educationsynchronizationprofilestatus-post.md',
  title: 'Create profileStatus',
  operation: { ...patchProfileStatus.operation, method: 'POST' },
  request: { ...patchProfileStatus.request, method: 'POST' },
  response: { ...patchProfileStatus.response, status: 201 },
  source: {
    page: { file: 'api/educationsynchronizationprofilestatus-post.md', line: 1 },
    request: { file: 'api/educationsynchronizationprofilestatus-post.md', line: 66 },
    response: { file: 'api/educationsynchronizationprofilestatus-post.md', line: 88 },
    status: { file: 'api/educationsynchronizationprofilestatus-post.md', line: 58 },
  },
};

/** PUT synchronizationProfiles (202): the documented create of the profiles collection. */
const putProfile: Contract = {
  ...getProfileStatus,
  id: 'educationsynchronizationprofile-put',
  pageId: 'educationsynchronizationprofile-put',
  page: 'api/educationsynchronizationprofile-put.md',
  title: 'Update an educationSynchronizationProfile',
  operation: { method: 'PUT', pathTemplate: '/education/synchronizationProfiles', pathTemplates: ['/education/synchronizationProfiles'], version: 'beta' },
  request: { method: 'PUT', path: '/education/synchronizationProfiles', pathParams: [], query: {}, headers: { 'Content-type': 'application/json' }, body: { displayName: 'Test Profile' }, placeholders: [] },
  response: { status: 202, contentType: 'application/json', body: 'entity', type: 'educationSynchronizationProfile', requiredFields: [{ pointer: '/id', rule: 'key' }], enumFields: [], placeholders: [], truncated: true },
  source: {
    page: { file: 'api/educationsynchronizationprofile-put.md', line: 1 },
    request: { file: 'api/educationsynchronizationprofile-put.md', line: 54 },
    response: { file: 'api/educationsynchronizationprofile-put.md', line: 103 },
    status: { file: 'api/educationsynchronizationprofile-put.md', line: 47 },
  },
};

/** A hand-made set mirroring the four seed requests, for suite tests that need no build. */
export const seedSet: ContractSet = {
  docs: 'seed-fixture',
  contracts: [getProfileStatus, patchProfileStatus, postProfileStatus, putProfile],
  schemas: seedSchemas,
  diagnostics: [],
};
