import { describe, expect, test } from 'vitest';
import { fixtureCases } from '../__fixtures__/run.js';
import { compareBaseline } from '../utils/compareBaseline.js';

describe('compareBaseline', () => {
  const cases = fixtureCases();
  test.for([
    { name: 'empty baseline: every failure is new', known: [], expected: { new: ['user-get::response-body-matches-schema', 'event-list::status-code-documented', 'educationsynchronizationprofile-get::status-code-documented'], known: [], fixed: [] } },
    {
      name: 'known failures, a fixed one, and a skipped or missing id that is neither',
      known: ['event-list::status-code-documented', 'user-get::content-type-matches', 'educationsynchronizationprofile-get::response-body-matches-schema', 'gone::x'],
      expected: { new: ['user-get::response-body-matches-schema', 'educationsynchronizationprofile-get::status-code-documented'], known: ['event-list::status-code-documented'], fixed: ['user-get::content-type-matches'] },
    },
  ])('$name', ({ known, expected }) => {
    expect(compareBaseline(cases, { version: 1, knownFailures: known })).toEqual(expected);
  });
});
