import { describe } from 'vitest';
import { getProfileStatus as contract, listProfileStatuses } from '../../__tests__/__fixtures__/contracts.js';
import { testCheck } from '../../__tests__/__helpers__/testCheck.js';
import type { Contract } from '../../types.js';

const prefer = { Prefer: 'include-unknown-enum-members' };
/** The seed enum with one member documented after `unknownFutureValue`. */
const evolvable: Contract = {
  ...contract,
  response: {
    ...contract.response,
    enumFields: [{ pointer: '/status', enum: 'educationSynchronizationStatus', members: ['paused', 'unknownFutureValue', 'provisioning'], evolvableFrom: 1 }],
  },
};

describe('enum-members-documented', () => {
  testCheck('enum-members-documented', [
    { name: 'a documented member', contract, response: { status: 200, json: { status: 'quarantined' } }, violations: [] },
    { name: 'null and absent values are left to other checks', contract, response: { status: 200, json: { status: null } }, violations: [] },
    {
      name: 'an undocumented member',
      contract,
      response: { status: 200, json: { status: 'String' } },
      violations: [{ pointer: '/status', actual: 'String', message: '`String` is not a documented educationSynchronizationStatus member' }],
    },
    { name: 'a non-string value', contract, response: { status: 200, json: { status: 3 } }, violations: [{ actual: 3 }] },
    { name: 'unknownFutureValue without Prefer', contract: evolvable, response: { status: 200, json: { status: 'unknownFutureValue' } }, violations: [] },
    {
      name: 'an evolvable member without Prefer is a violation',
      contract: evolvable,
      response: { status: 200, json: { status: 'provisioning' } },
      violations: [{ pointer: '/status', expected: ['paused', 'unknownFutureValue'], message: /sent without `Prefer: include-unknown-enum-members`/ as never }],
    },
    { name: 'an evolvable member with Prefer', contract: evolvable, requestHeaders: prefer, response: { status: 200, json: { status: 'provisioning' } }, violations: [] },
    {
      name: 'with Prefer, undocumented members still fail',
      contract: evolvable,
      requestHeaders: prefer,
      response: { status: 200, json: { status: 'other' } },
      violations: [{ expected: ['paused', 'unknownFutureValue', 'provisioning'] }],
    },
    {
      name: 'collections: every item, with its pointer',
      contract: listProfileStatuses,
      response: { status: 200, json: { value: [{ status: 'paused' }, { status: 'bogus' }] } },
      violations: [{ pointer: '/value/1/status', actual: 'bogus' }],
    },
    { name: 'error statuses do not apply', contract, response: { status: 400, json: { error: {} } }, violations: 'n/a' },
  ]);
});
