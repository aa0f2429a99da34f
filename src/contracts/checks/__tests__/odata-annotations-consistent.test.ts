import { describe } from 'vitest';
import { deleteProfile, getProfileStatus as contract, listProfileStatuses } from '../../__tests__/__fixtures__/contracts.js';
import { testCheck } from '../../__tests__/__helpers__/testCheck.js';

const context = 'https://graph.microsoft.com/beta/$metadata#education/synchronizationProfiles/{id}/profileStatus/$entity';

describe('odata-annotations-consistent', () => {
  testCheck('odata-annotations-consistent', [
    { name: 'no annotations', contract, response: { status: 200, json: { id: 'a' } }, violations: [] },
    {
      name: 'consistent context and type (type name case-insensitive)',
      contract,
      response: { status: 200, json: { '@odata.context': context, '@odata.type': '#microsoft.graph.educationsynchronizationprofilestatus' } },
      violations: [],
    },
    {
      name: 'context of another version',
      contract,
      response: { status: 200, json: { '@odata.context': context.replace('/beta/', '/v1.0/') } },
      violations: [{ pointer: '/@odata.context', severity: 'error' }],
    },
    {
      name: 'entity context on a collection',
      contract: listProfileStatuses,
      response: { status: 200, json: { '@odata.context': context, value: [] } },
      violations: [{ message: '@odata.context describes a single entity, but the response is a collection' }],
    },
    {
      name: 'another type name is a warning (Graph may send a derived type)',
      contract,
      response: { status: 200, json: { '@odata.type': '#microsoft.graph.user' } },
      violations: [{ pointer: '/@odata.type', severity: 'warning', actual: '#microsoft.graph.user' }],
    },
    {
      name: 'a missing # is a warning; garbage is an error',
      contract: listProfileStatuses,
      response: { status: 200, json: { value: [{ '@odata.type': 'microsoft.graph.educationSynchronizationProfileStatus' }, { '@odata.type': 42 }] } },
      violations: [
        { pointer: '/value/0/@odata.type', severity: 'warning' },
        { pointer: '/value/1/@odata.type', severity: 'error' },
      ],
    },
    { name: 'no documented body: not applicable', contract: deleteProfile, response: { status: 204 }, violations: 'n/a' },
  ]);
});
