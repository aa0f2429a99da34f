import { describe } from 'vitest';
import { getProfileStatus as contract } from '../../__tests__/__fixtures__/contracts.js';
import { testCheck } from '../../__tests__/__helpers__/testCheck.js';

const json = 'application/json';

describe('request-id-present', () => {
  testCheck('request-id-present', [
    { name: 'present', target: 'live', contract, response: { status: 200, headers: { 'content-type': json, 'request-id': 'abc' } }, violations: [] },
    { name: 'missing', target: 'live', contract, response: { status: 200, headers: { 'content-type': json } }, violations: [{ message: 'the response has no `request-id` header', severity: 'warning' }] },
    {
      name: 'client-request-id must be echoed',
      target: 'live',
      contract,
      requestHeaders: { 'client-request-id': 'c1' },
      response: { status: 200, headers: { 'request-id': 'r', 'client-request-id': 'other' } },
      violations: [{ expected: 'c1', actual: 'other' }],
    },
  ]);
});
