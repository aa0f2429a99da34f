import { describe, expect, test } from 'vitest';
import { descriptionHints, parsePossibleValues } from '../possibleValues.js';

describe('parsePossibleValues', () => {
  test.for([
    ['The status of a sync. Possible values are: `paused`, `inProgress`, `success`, `error`, `quarantined`, `validationError`.',
      ['paused', 'inProgress', 'success', 'error', 'quarantined', 'validationError']],
    ['**TODO**. Possible values are: `a`, `b`, `unknownFutureValue`.', ['a', 'b', 'unknownFutureValue']],
    ['Possible values are: `after` (default) or `before`.', ['after', 'before']],
    ['Possible values: `Approve`, `Deny`, or `DontKnow`. Supports `$select`.', ['Approve', 'Deny', 'DontKnow']],
    ['Possible values include ItPro, Application, Partner and Unknown.', ['ItPro', 'Application', 'Partner', 'Unknown']],
    ['Possible values are: `null` (default value), `NotDisabled`.', ['NotDisabled']],
    ['Possible values are: `v1.0`, `beta`.', ['v1.0', 'beta']],
  ] as const)('%s', ([description, members]) => {
    expect(parsePossibleValues(description)).toEqual(members);
  });

  test.for(['Represents the time.', 'See possible values.', ''])('no list in %j', (d) => {
    expect(parsePossibleValues(d)).toBeUndefined();
  });
});

describe('descriptionHints', () => {
  test.for([
    ['Read-only. Nullable.', true, true],
    ['The id. Not nullable. Read-only.', true, false],
    ['Bearer {token}. Required.', false, false],
    ['Required for creating a group.', false, false],
    ['The display name.', false, true],
  ] as const)('%s', ([d, readOnly, nullable]) => {
    expect(descriptionHints(d)).toEqual({ readOnly, nullable });
  });
});
