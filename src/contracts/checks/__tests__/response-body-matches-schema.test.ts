import { describe } from 'vitest';
import { getProfileStatus as contract, listProfileStatuses } from '../../__tests__/__fixtures__/contracts.js';
import { testCheck } from '../../__tests__/__helpers__/testCheck.js';

const valid = { id: 'x', status: 'paused', lastSynchronizationDateTime: '2021-07-13T20:55:17.6475128Z' };

describe('response-body-matches-schema', () => {
  testCheck('response-body-matches-schema', [
    { name: 'a valid entity', contract, response: { status: 200, json: valid }, violations: [] },
    {
      name: 'every error is reported with its JSON pointer',
      contract,
      response: { status: 200, json: { ...valid, status: 'String', lastSynchronizationDateTime: 'String (timestamp)', errorCount: '3' } },
      violations: [{ pointer: '/status', actual: 'String' }, { pointer: '/lastSynchronizationDateTime' }, { pointer: '/errorCount', actual: '3' }],
    },
    {
      name: 'collection items are validated under /value/<i>',
      contract: listProfileStatuses,
      response: { status: 200, json: { value: [valid, { ...valid, errorCount: 1.5 }] } },
      violations: [{ pointer: '/value/1/errorCount', actual: 1.5 }],
    },
    { name: 'a collection without value', contract: listProfileStatuses, response: { status: 200, json: [valid] }, violations: [{ pointer: '/value', actual: 'an array' }] },
    { name: 'an empty body', contract, response: { status: 200, text: '' }, violations: [{ message: 'the response body is empty' }] },
    { name: 'a body that is not JSON', contract, response: { status: 200, text: '{"id":' }, violations: [{ message: 'the response body is not JSON (cut off or malformed)' }] },
    { name: 'a 204 has no body to judge', contract, response: { status: 204 }, violations: 'n/a' },
    { name: 'error statuses are left to error-envelope', contract, response: { status: 404, json: { error: {} } }, violations: 'n/a' },
  ]);
});
