import { describe } from 'vitest';
import { getProfileStatus as contract, deleteProfile } from '../../__tests__/__fixtures__/contracts.js';
import { testCheck } from '../../__tests__/__helpers__/testCheck.js';

describe('status-code-documented', () => {
  testCheck('status-code-documented', [
    { name: 'documented 200', contract, response: { status: 200, json: {} }, violations: [] },
    { name: 'documented 204', contract: deleteProfile, response: { status: 204 }, violations: [] },
    {
      name: 'undocumented 201 names the doc line of the documented status',
      contract,
      response: { status: 201, json: {} },
      violations: [{ expected: 200, actual: 201, message: 'status 201 is not the documented 200', source: { file: contract.page, line: 49 } }],
    },
    { name: '404 is a violation too', contract, response: { status: 404 }, violations: [{ actual: 404 }] },
  ]);
});
