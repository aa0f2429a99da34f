import { describe, expect, test } from 'vitest';
import { isPlaceholderValue } from '../placeholders.js';

describe('isPlaceholderValue', () => {
  test.for([
    'String', 'string', 'String (timestamp)', 'String (identifier)', 'Boolean', 'Int32', 'Guid',
    'DateTimeOffset', 'Date', 'Edm.Int64', '{id}', '{educationSynchronizationProfileId}', '<guid>',
    'datetime-value', 'id-value', 'Name value', 'Display Name value', '...',
  ])('%j is a placeholder', (v) => {
    expect(isPlaceholderValue(v)).toBe(true);
  });

  test.for([
    'inProgress', 'paused', 'unknownFutureValue', '2021-07-13T20:55:17.6475128Z', 'Test Profile',
    '86904b1e-c7d0-4ead-b13a-98f11fc400ee', 'noValue', 'Stringify', '', 42, null, true,
    // Names every object has are values like any other, not type names.
    'constructor', 'Constructor', '__proto__', 'constructor (the builder)', 'hasOwnProperty',
  ])('%j is a value', (v) => {
    expect(isPlaceholderValue(v)).toBe(false);
  });
});
