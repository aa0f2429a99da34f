import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { ContractSet } from '../../contracts/types.js';
import { fileURLToPath } from 'node:url';
import { CONTRACT_DRIFTS, driftApplies, type DriftMode } from '../../mock/index.js';
import { buildFromDocs } from '../../pipeline.js';
import { summaryLine } from '../../results/summary.js';
import { packageRoot } from '../driver.js';
import { loadSet } from '../loadSet.js';
import { runContracts } from '../runContracts.js';

/** The check that must catch each contract-breaking drift of the mock. */
const CATCHES: Record<string, string> = {
  'drop-required-field': 'required-fields-present',
  'drop-item-key': 'required-fields-present',
  'drop-nested-required': 'required-fields-present',
  'enum-case-changed': 'enum-members-documented',
  'wrong-json-type-nested': 'response-body-matches-schema',
  'collection-to-scalar': 'response-body-matches-schema',
  'derived-member-wrong-type': 'response-body-matches-schema',
  'foreign-odata-type': 'response-body-matches-schema',
  'truncated-json': 'response-body-matches-schema',
  'entity-in-value': 'response-body-matches-schema',
  'body-on-no-content': 'no-body-when-none-documented',
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

const run = (drift?: DriftMode, docs?: string) => runContracts({ drift, ...(docs ? { docs } : {}), reportsDir: mkdtempSync(join(tmpdir(), 'reports-')), maxWorkers: 1 });

/**
 * Runs `mode` and asserts each contract it breaks (`only` those named: the mock may find nothing
 * to break in another's answer at run time, such as an expansion to nothing) fails in the check
 * owning it, and no contract the mode leaves alone fails.
 */
async function caughtByItsCheck(mode: DriftMode, contracts: ContractSet, docs?: string, only?: string): Promise<string[]> {
  const broken = contracts.contracts.filter((c) => driftApplies(mode, c, contracts));
  const { run: result } = await run(mode, docs);
  expect(result.summary.errors).toBe(0);
  for (const contract of broken.filter((c) => only === undefined || c.id === only)) {
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
  // With `only`, another answer the mode found something to break in at run time fails in the owning check alone.
  const untouched = result.cases.filter((c) => c.state === 'failed' && !broken.some((b) => b.id === c.contractId) && (only === undefined || c.checkId !== CATCHES[mode]));
  expect(untouched.map((c) => c.id)).toEqual([]);
  return broken.map((c) => c.id);
}

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
    await caughtByItsCheck(mode, set);
  });
});

// Pages written for the breaks a real service makes that the seeds cannot show: entities in a
// collection of their base type, a derived type's own members, keys of items and of expanded
// entities, complex values' default members, and a $select that leaves out what an example shows.
const causes = fileURLToPath(new URL('./__fixtures__/causes/', import.meta.url));

describe('breaks at any depth and in derived types, on the real runner against the drifting mock', () => {
  let built: ContractSet;
  beforeAll(async () => {
    built = (await buildFromDocs(causes, 'causes')).set;
  });

  test('the clean mock passes every case: nothing an example shows is required, $select narrows the required set', async () => {
    const byId = Object.fromEntries(built.contracts.map((c) => [c.id, c]));
    // The example of user-get shows jobTitle, which the page returns only on $select.
    expect(byId['user-get']!.response.requiredFields.map((f) => f.pointer)).not.toContain('/jobTitle');
    expect(byId['user-get~2']!.response.requiredFields.map((f) => f.pointer)).toEqual(['/displayName', '/jobTitle']);
    expect(byId['user-get~3']!.response.requiredFields.map((f) => f.pointer)).toEqual(expect.arrayContaining(['/manager', '/manager/id', '/mailboxSettings/timeZone']));
    const { run: result } = await run(undefined, causes);
    expect(result.cases.filter((c) => c.state === 'failed').map((c) => `${c.id}: ${c.violations[0]?.message}`)).toEqual([]);
    expect(result.summary.passed).toBeGreaterThan(built.contracts.length);
  });

  const modes: [DriftMode, string][] = [
    ['drop-item-key', 'directoryobject-list'],
    ['derived-member-wrong-type', 'directoryobject-list'],
    ['collection-to-scalar', 'directoryobject-list'],
    ['foreign-odata-type', 'directoryobject-list'],
    ['drop-nested-required', 'user-get~3'],
    ['wrong-json-type-nested', 'user-get'],
  ];
  test.for(modes)('%s breaks %s and the check owning it fails it', async ([mode, contract]) => {
    expect(await caughtByItsCheck(mode, built, causes, contract)).toContain(contract);
  });
});
