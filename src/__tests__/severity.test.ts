import { describe, expect, test } from 'vitest';
import { atLeast } from '../severity.js';

describe('atLeast', () => {
  test.for([
    ['error', 'warning', true],
    ['warning', 'warning', true],
    ['info', 'warning', false],
    ['hint', 'error', false],
  ] as const)('%s at least %s is %s', ([s, threshold, expected]) => {
    expect(atLeast(s, threshold)).toBe(expected);
  });
});
