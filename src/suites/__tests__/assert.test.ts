import { describe, expect, test } from 'vitest';
import { getProfileStatus as contract } from '../../contracts/__tests__/__fixtures__/contracts.js';
import type { Violation } from '../../contracts/types.js';
import { ContractViolationError, expectNoViolations, formatViolations } from '../assert.js';

const bad: Violation = {
  check: 'enum-members-documented',
  severity: 'error',
  message: '`String` is not a documented educationSynchronizationStatus member',
  pointer: '/status',
  expected: ['paused', 'inProgress'],
  actual: 'String',
  source: { file: 'api/educationsynchronizationprofilestatus-get.md', line: 95 },
};
const minor: Violation = { check: 'odata-annotations-consistent', severity: 'warning', message: 'lacks #', pointer: '/@odata.type' };

describe('expectNoViolations', () => {
  test('one readable failure: doc page, operation, pointer, expected vs actual, doc file:line', () => {
    expect(formatViolations(contract, [bad, minor])).toBe(
      [
        '2 violations of api/educationsynchronizationprofilestatus-get.md (GET /education/synchronizationProfiles/{id}/profileStatus):',
        '  ✗ [error] /status: `String` is not a documented educationSynchronizationStatus member',
        '      expected: ["paused","inProgress"]',
        '      actual:   "String"',
        '      doc:      api/educationsynchronizationprofilestatus-get.md:95',
        '  ✗ [warning] /@odata.type: lacks #',
        '      doc:      api/educationsynchronizationprofilestatus-get.md:62',
      ].join('\n'),
    );
  });

  test('only violations at or above the threshold fail', () => {
    expect(() => expectNoViolations(contract, [minor])).not.toThrow();
    expect(() => expectNoViolations(contract, [minor], 'warning')).toThrow(ContractViolationError);
    expect(() => expectNoViolations(contract, [bad, minor])).toThrow(/^1 violation of api\/educationsynchronizationprofilestatus-get.md/);
  });
});
