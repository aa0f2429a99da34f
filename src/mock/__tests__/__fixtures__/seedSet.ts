// A hand-made ContractSet mirroring the four seed pages under contracts/docs, so the mock's
// tests do not depend on the build stage.
import type { Contract, ContractSet } from '../../../contracts/types.js';

const STATUS_MEMBERS = ['paused', 'inProgress', 'success', 'error', 'validationError', 'quarantined', 'unknownFutureValue'];
const src = (page: string, line: number) => ({ file: page, line });
const noPerms = { delegatedWork: [], delegatedPersonal: [], application: [] };

function statusContract(id: string, method: 'GET' | 'PATCH' | 'POST', status: number, param: string, body?: unknown, example?: unknown): Contract {
  const page = `api/${id}.md`;
  const path = `/education/synchronizationProfiles/{${param}}/profileStatus`;
  return {
    id,
    pageId: id,
    page,
    title: id,
    origin: 'example',
    operation: { method, pathTemplate: path, pathTemplates: [path], version: 'beta' },
    request: {
      method,
      path,
      pathParams: [param],
      query: {},
      headers: method === 'GET' ? {} : { 'Content-Type': 'application/json' },
      ...(body ? { body, schema: 'educationSynchronizationProfileStatus.schema.json' } : {}),
      placeholders: [],
    },
    response: {
      status,
      contentType: 'application/json',
      body: 'entity',
      schema: 'educationSynchronizationProfileStatus.schema.json',
      type: 'educationSynchronizationProfileStatus',
      requiredFields: [{ pointer: '/id', rule: 'key' }, { pointer: '/status', rule: 'default' }],
      enumFields: [{ pointer: '/status', enum: 'educationSynchronizationStatus', members: STATUS_MEMBERS, evolvableFrom: 6 }],
      example,
      placeholders: [],
      truncated: true,
    },
    permissions: noPerms,
    source: { page: src(page, 1), request: src(page, 40) },
  };
}

const postBody = { '@odata.type': '#microsoft.graph.educationSynchronizationProfileStatus', status: 'paused', lastSynchronizationDateTime: '2021-07-13T20:55:17Z' };

/** The four seed contracts (GET, PATCH, POST profileStatus; PUT synchronizationProfiles). */
export function seedSet(): ContractSet {
  const put: Contract = {
    ...statusContract('educationsynchronizationprofile-put', 'GET', 202, 'id'),
    operation: { method: 'PUT', pathTemplate: '/education/synchronizationProfiles', pathTemplates: ['/education/synchronizationProfiles'], version: 'beta' },
    request: {
      method: 'PUT',
      path: '/education/synchronizationProfiles',
      pathParams: [],
      query: {},
      headers: { 'Content-type': 'application/json' },
      body: { displayName: 'Test Profile', licensesToAssign: [{ appliesTo: 'teacher', skuIds: ['6fd2c87f-b296-42f0-b197-1e91e994b900'] }] },
      schema: 'educationSynchronizationProfile.schema.json',
      placeholders: [],
    },
    response: {
      status: 202,
      contentType: 'application/json',
      body: 'entity',
      schema: 'educationSynchronizationProfile.schema.json',
      type: 'educationSynchronizationProfile',
      requiredFields: [{ pointer: '/id', rule: 'key' }, { pointer: '/state', rule: 'default' }],
      enumFields: [{ pointer: '/state', enum: 'educationSynchronizationProfileState', members: ['deleting', 'deletionFailed', 'provisioningFailed', 'provisioned', 'provisioning', 'unknownFutureValue'], evolvableFrom: 5 }],
      example: { displayName: 'Test Profile', state: 'provisioning', id: '86904b1e-c7d0-4ead-b13a-98f11fc400ee', licensesToAssign: [{ appliesTo: 'teacher', skuIds: ['6fd2c87f-b296-42f0-b197-1e91e994b900'] }] },
      placeholders: [],
      truncated: true,
    },
  };
  return {
    docs: 'fixture',
    contracts: [
      statusContract('educationsynchronizationprofilestatus-get', 'GET', 200, 'id', undefined, {
        '@odata.context': 'https://graph.microsoft.com/beta/$metadata#education/synchronizationProfiles/{id}/profileStatus/$entity',
        id: '86904b1e-c7d0-4ead-b13a-98f11fc400ee',
        status: 'inProgress',
        lastSynchronizationDateTime: '2021-07-13T20:55:17.6475128Z',
        lastActivityDateTime: '2021-07-13T20:55:17.6475128Z',
        errorCount: 0,
        statusMessage: 'Processed 0 in the last hour.',
      }),
      statusContract('educationsynchronizationprofilestatus-post', 'POST', 201, 'educationSynchronizationProfileId', postBody, { ...postBody, id: '73338385-8385-7333-8583-337385833373' }),
      statusContract('educationsynchronizationprofilestatus-update', 'PATCH', 200, 'educationSynchronizationProfileId', postBody, { ...postBody, id: 'f1e9307b-307b-f1e9-7b30-e9f17b30e9f1' }),
      put,
    ],
    schemas: {
      'educationSynchronizationStatus.schema.json': { $id: 'educationSynchronizationStatus.schema.json', type: 'string', enum: STATUS_MEMBERS },
      'educationSynchronizationProfileStatus.schema.json': {
        $id: 'educationSynchronizationProfileStatus.schema.json',
        type: 'object',
        properties: {
          '@odata.type': { type: 'string' },
          id: { type: 'string' },
          status: { anyOf: [{ $ref: 'educationSynchronizationStatus.schema.json' }, { type: 'null' }] },
          lastSynchronizationDateTime: { type: ['string', 'null'], format: 'date-time' },
          lastActivityDateTime: { type: ['string', 'null'], format: 'date-time' },
          errorCount: { type: ['integer', 'null'] },
          statusMessage: { type: ['string', 'null'] },
        },
      },
      'educationSynchronizationProfile.schema.json': {
        $id: 'educationSynchronizationProfile.schema.json',
        type: 'object',
        properties: {
          id: { type: 'string' },
          displayName: { type: 'string' },
          state: { type: 'string', enum: ['deleting', 'deletionFailed', 'provisioningFailed', 'provisioned', 'provisioning', 'unknownFutureValue'] },
          licensesToAssign: {
            type: 'array',
            items: { type: 'object', properties: { appliesTo: { type: 'string' }, skuIds: { type: 'array', items: { type: 'string', format: 'uuid' } } } },
          },
        },
      },
    },
    diagnostics: [],
  };
}
