import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { ContractSet } from '../../contracts/types.js';
import { CONTRACT_DRIFTS, driftApplies, type DriftMode } from '../../mock/index.js';
import { summaryLine } from '../../results/summary.js';
import { packageRoot } from '../driver.js';
import { loadSet } from '../loadSet.js';
import { runContracts } from '../runContracts.js';

/** The check that must catch each contract-breaking drift of the mock. */
const CATCHES: Record<string, string> = {
  'drop-required-field': 'required-fields-present',
  'enum-out-of-range': 'enum-members-documented',
  'wrong-json-type': 'response-body-matches-schema',
  'malformed-date-time': 'response-body-matches-schema',
  'malformed-uuid': 'response-body-matches-schema',
  'undocumented-status': 'status-code-documented',
  'wrong-content-type': 'content-type-json',
  'empty-body': 'content-type-json',
};

let set: ContractSet;
beforeAll(async () => {
  set = await loadSet(packageRoot);
});

const run = (drift?: DriftMode) => runContracts({ drift, reportsDir: mkdtempSync(join(tmpdir(), 'reports-')), maxWorkers: 1 });

describe('the committed seed contracts on the embedded mock', () => {
  test('all pass on the clean mock', async () => {
    const { run: result, moduleErrors } = await run();
    expect(moduleErrors).toEqual([]);
    expect(summaryLine(result)).toMatch(/^\d+ passed, 0 failed, \d+ skipped, 0 errors \(\d+ cases, \d+ contracts, \d+ operations, 0 doc defects\)$/);
    expect(result.summary.passed).toBeGreaterThan(set.contracts.length);
  });

  test('every contract drift mode is known to the suites', () => {
    expect(CONTRACT_DRIFTS.filter((m) => !CATCHES[m])).toEqual([]);
  });

  test.for(CONTRACT_DRIFTS)('%s: each contract it breaks fails, readably, in the check that owns it', async (mode) => {
    const broken = set.contracts.filter((c) => driftApplies(mode, c, set));
    const { run: result } = await run(mode);
    expect(result.summary.errors).toBe(0);
    for (const contract of broken) {
      const failed = result.cases.filter((c) => c.contractId === contract.id && c.state === 'failed');
      expect(failed.map((c) => c.checkId), `${mode} on ${contract.id}`).toContain(CATCHES[mode]);
      for (const c of failed) {
        expect(c.violations.length).toBeGreaterThan(0);
        for (const v of c.violations) {
          expect(v.message.length).toBeGreaterThan(10);
          expect(v.source ?? c.source).toMatchObject({ file: expect.stringMatching(/\.md$/), line: expect.any(Number) });
        }
      }
    }
    const untouched = result.cases.filter((c) => c.state === 'failed' && !broken.some((b) => b.id === c.contractId));
    expect(untouched.map((c) => c.id)).toEqual([]);
  });
});
