import { describe } from 'vitest';
import { getProfileStatus as contract, listProfileStatuses } from '../../__tests__/__fixtures__/contracts.js';
import { testCheck } from '../../__tests__/__helpers__/testCheck.js';

describe('required-fields-present', () => {
  testCheck('required-fields-present', [
    { name: 'all present (null counts as present)', contract, response: { status: 200, json: { id: 'a', status: null } }, violations: [] },
    {
      name: 'each missing field is named with its pointer',
      contract,
      response: { status: 200, json: {} },
      violations: [
        { pointer: '/id', message: 'required field `id` is missing at /id (the key of every entity)', expected: 'present', actual: 'missing' },
        { pointer: '/status', message: 'required field `status` is missing at /status (documented as returned by default)' },
      ],
    },
    { name: 'a collection needs its value array', contract: listProfileStatuses, response: { status: 200, json: { value: [{ id: 'b' }] } }, violations: [] },
    { name: 'a collection without value', contract: listProfileStatuses, response: { status: 200, json: { items: [] } }, violations: [{ pointer: '/value' }] },
    { name: 'a body that is not an object', contract, response: { status: 200, json: 'x' }, violations: [{ pointer: '', actual: 'x', message: 'expected a JSON object holding the required fields' }] },
    { name: 'error statuses do not apply', contract, response: { status: 500, json: {} }, violations: 'n/a' },
  ]);
});
