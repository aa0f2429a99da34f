import { describe, expect, test } from 'vitest';
import { fixtureCases, releaseBaseline } from '../__fixtures__/run.js';
import { compareBaseline } from '../utils/compareBaseline.js';

const SCHEMA = 'user-get::response-body-matches-schema';
const EVENTS = 'event-list::status-code-documented';
const PROFILE = 'educationsynchronizationprofile-get::status-code-documented';

describe('compareBaseline against an earlier run (case ids)', () => {
  const cases = fixtureCases();
  test.for([
    { name: 'empty: every failure is new', failures: [], expected: { new: [SCHEMA, EVENTS, PROFILE], known: [], fixed: [] } },
    {
      name: 'known failures, a fixed one, and a skipped or missing id that is neither',
      failures: [EVENTS, 'user-get::content-type-matches', 'educationsynchronizationprofile-get::response-body-matches-schema', 'gone::x'],
      expected: { new: [SCHEMA, PROFILE], known: [EVENTS], fixed: ['user-get::content-type-matches'] },
    },
    { name: 'an error known from the earlier run stays known', failures: [PROFILE], expected: { new: [SCHEMA, EVENTS], known: [PROFILE], fixed: [] } },
  ])('$name', ({ failures, expected }) => {
    expect(compareBaseline(cases, { kind: 'run', failures })).toEqual(expected);
  });
});

describe('compareBaseline against the release baseline (the rule gate applies)', () => {
  const cases = fixtureCases();
  test.for([
    {
      name: 'a case is known only when every violation is accepted',
      accepted: [['user-get', 'response-body-matches-schema', '/accountEnabled'], ['event-list', 'status-code-documented', '']],
      expected: { new: [SCHEMA, PROFILE], known: [EVENTS], fixed: [] },
    },
    {
      name: 'all violations accepted; an entry for a passing case is fixed',
      accepted: [['user-get', 'response-body-matches-schema', '/accountEnabled'], ['user-get', 'response-body-matches-schema', '/status'], ['user-get', 'content-type-matches', '']],
      expected: { new: [EVENTS, PROFILE], known: [SCHEMA], fixed: ['user-get::content-type-matches'] },
    },
    { name: 'an expired entry accepts nothing', accepted: [['event-list', 'status-code-documented', '', '2026-06-01']], expected: { new: [SCHEMA, EVENTS, PROFILE], known: [], fixed: [] } },
    { name: 'an error is never known: a baseline accepts contract failures only', accepted: [['educationsynchronizationprofile-get', 'status-code-documented', '']], expected: { new: [SCHEMA, EVENTS, PROFILE], known: [], fixed: [] } },
  ] as { name: string; accepted: [string, string, string, string?][]; expected: object }[])('$name', ({ accepted, expected }) => {
    expect(compareBaseline(cases, releaseBaseline(accepted))).toEqual(expected);
  });
});
