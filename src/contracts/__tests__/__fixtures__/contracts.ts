import type { Contract } from '../../types.js';

const statusEnum = ['paused', 'inProgress', 'success', 'error', 'validationError', 'quarantined', 'unknownFutureValue'];
const permissions = { delegatedWork: ['EduAdministration.Read'], delegatedPersonal: null, application: [] };

/** GET profileStatus, shaped like the contract the build derives from the seed page. */
export const getProfileStatus: Contract = {
  id: 'educationsynchronizationprofilestatus-get',
  pageId: 'educationsynchronizationprofilestatus-get',
  page: 'api/educationsynchronizationprofilestatus-get.md',
  title: 'Get the status of an educationSynchronizationProfile',
  origin: 'example',
  operation: {
    method: 'GET',
    pathTemplate: '/education/synchronizationProfiles/{id}/profileStatus',
    pathTemplates: ['/education/synchronizationProfiles/{id}/profileStatus'],
    version: 'beta',
  },
  request: {
    method: 'GET',
    path: '/education/synchronizationProfiles/{id}/profileStatus',
    pathParams: ['id'],
    query: {},
    headers: {},
    placeholders: [],
  },
  response: {
    status: 200,
    contentType: 'application/json',
    body: 'entity',
    schema: 'educationSynchronizationProfileStatus.schema.json',
    type: 'educationSynchronizationProfileStatus',
    requiredFields: [{ pointer: '/id', rule: 'key' }, { pointer: '/status', rule: 'default' }],
    enumFields: [{ pointer: '/status', enum: 'educationSynchronizationStatus', members: statusEnum, evolvableFrom: 6 }],
    example: { id: '86904b1e-c7d0-4ead-b13a-98f11fc400ee', status: 'inProgress' },
    placeholders: [],
    truncated: false,
  },
  permissions,
  source: {
    page: { file: 'api/educationsynchronizationprofilestatus-get.md', line: 1 },
    request: { file: 'api/educationsynchronizationprofilestatus-get.md', line: 62 },
    response: { file: 'api/educationsynchronizationprofilestatus-get.md', line: 95 },
    status: { file: 'api/educationsynchronizationprofilestatus-get.md', line: 49 },
  },
};

/** A collection GET, to exercise `/value/*` pointers. */
export const listProfileStatuses: Contract = {
  ...getProfileStatus,
  id: 'profilestatus-list',
  operation: { ...getProfileStatus.operation, pathTemplate: '/education/profileStatuses', pathTemplates: ['/education/profileStatuses'] },
  request: { ...getProfileStatus.request, path: '/education/profileStatuses', pathParams: [] },
  response: {
    ...getProfileStatus.response,
    body: 'collection',
    requiredFields: [{ pointer: '/value', rule: 'collection' }, { pointer: '/value/*/id', rule: 'key' }],
    enumFields: [{ pointer: '/value/*/status', enum: 'educationSynchronizationStatus', members: statusEnum, evolvableFrom: 6 }],
  },
};

/** PATCH profileStatus: 200 with a body. */
export const patchProfileStatus: Contract = {
  ...getProfileStatus,
  id: 'educationsynchronizationprofilestatus-update',
  pageId: 'educationsynchronizationprofilestatus-update',
  page: 'api/educationsynchronizationprofilestatus-update.md',
  title: 'Update profileStatus',
  operation: {
    method: 'PATCH',
    pathTemplate: '/education/synchronizationProfiles/{educationSynchronizationProfileId}/profileStatus',
    pathTemplates: ['/education/synchronizationProfiles/{educationSynchronizationProfileId}/profileStatus'],
    version: 'beta',
  },
  request: {
    method: 'PATCH',
    path: '/education/synchronizationProfiles/{educationSynchronizationProfileId}/profileStatus',
    pathParams: ['educationSynchronizationProfileId'],
    query: {},
    headers: { 'Content-Type': 'application/json' },
    body: { status: 'paused', lastSynchronizationDateTime: '2017-01-01T00:01:37.6538798+03:00' },
    placeholders: ['/status'],
    schema: 'educationSynchronizationProfileStatus.schema.json',
  },
  source: {
    page: { file: 'api/educationsynchronizationprofilestatus-update.md', line: 1 },
    request: { file: 'api/educationsynchronizationprofilestatus-update.md', line: 66 },
    response: { file: 'api/educationsynchronizationprofilestatus-update.md', line: 82 },
    status: { file: 'api/educationsynchronizationprofilestatus-update.md', line: 60 },
  },
};

/** A documented 204 No Content. */
export const deleteProfile: Contract = {
  ...getProfileStatus,
  id: 'educationsynchronizationprofile-delete',
  operation: { ...getProfileStatus.operation, method: 'DELETE', pathTemplate: '/education/synchronizationProfiles/{id}' },
  request: { ...getProfileStatus.request, method: 'DELETE', path: '/education/synchronizationProfiles/{id}' },
  response: { status: 204, body: 'none', requiredFields: [], enumFields: [], placeholders: [], truncated: false },
};
