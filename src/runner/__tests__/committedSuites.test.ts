import { join } from 'node:path';
import { expect, test } from 'vitest';
import { emitSuites, suitesUpToDate } from '../../contracts/artifacts/index.js';
import { packageRoot } from '../driver.js';
import { loadSet } from '../loadSet.js';

test('the committed suites/ are what the committed contracts generate', async () => {
  const set = await loadSet(packageRoot);
  const files = emitSuites(set.contracts);
  expect([...files.keys()]).toEqual(['education.contract.test.ts']);
  expect(suitesUpToDate(join(packageRoot, 'suites'), files)).toBe(true);
});
