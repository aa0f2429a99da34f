import { expect, test } from 'vitest';
import type { TestCase } from 'vitest/node';
import { ProgressReporter } from '../progress.js';

const testCase = (state: 'passed' | 'failed' | 'skipped', error = false, name = 'GET /x > status code') =>
  ({ fullName: name, result: () => ({ state }), meta: () => (error ? { graphContracts: { error: { code: 'TRANSPORT_FAILED', message: 'reset' } } } : {}) }) as unknown as TestCase;

test('a line per interval: share done, time spent, time left, failures and errors apart; failing names as they fail', () => {
  const lines: string[] = [];
  let clock = 0;
  const progress = new ProgressReporter((l) => lines.push(l), 10, 1000, 25, () => clock);
  progress.onTestRunStart();
  clock = 500;
  progress.onTestCaseResult(testCase('passed'));
  progress.onTestCaseResult(testCase('failed', false, 'GET /a > body schema'));
  progress.onTestCaseResult(testCase('failed', true, 'GET /b > status code'));
  clock = 4000;
  progress.onTestCaseResult(testCase('skipped'));
  // 3 cases in the 3.5 s after the first finished (start-up left out): 7 s for the 6 left.
  expect(lines).toEqual(['  ✗ GET /a > body schema', '  ! GET /b > status code', '  4/10 cases (40%) in 4 s, about 7 s left: 1 failed, 1 errors, 1 skipped']);
});

test('no estimate before 5% of the cases are done', () => {
  let clock = 0;
  const progress = new ProgressReporter(() => {}, 100, 1000, 25, () => clock);
  progress.onTestRunStart();
  for (let i = 0; i < 4; i++) progress.onTestCaseResult(testCase('passed'));
  clock = 3000;
  expect(progress.line()).toBe('  4/100 cases (4%) in 3 s: 0 failed, 0 errors, 0 skipped');
  progress.onTestCaseResult(testCase('passed'));
  expect(progress.line()).toBe('  5/100 cases (5%) in 3 s, about 72 s left: 0 failed, 0 errors, 0 skipped');
});
