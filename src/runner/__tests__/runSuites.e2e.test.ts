import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ContractSet } from '../../contracts/types.js';
import { formatViolations } from '../../suites/assert.js';
import { httpTarget } from '../../target/http.js';
import { runSuites } from '../driver.js';
import { seedSet } from '../../suites/__tests__/__fixtures__/seedSet.js';
import { startFakeTarget, type FakeDrift, type FakeTarget } from '../../suites/__tests__/__helpers__/fakeTarget.js';

let target: FakeTarget;
beforeAll(async () => {
  target = await startFakeTarget(seedSet);
});
afterAll(() => target.close());

const run = (options: { drift?: FakeDrift; filter?: string; set?: ContractSet } = {}) =>
  runSuites({
    set: options.set ?? seedSet,
    target: httpTarget(target.url, { headers: options.drift ? { 'x-drift': options.drift } : {}, retry: { baseDelayMs: 1, maxAttempts: 2 } }),
    filter: options.filter,
    maxWorkers: 1,
  });

describe('runSuites on a clean target', () => {
  test('every contract passes; cases are named after the doc operation and carry meta', async () => {
    const { run: result, moduleErrors } = await run();
    expect(moduleErrors).toEqual([]);
    // 3 contracts × 7 checks, and the PUT (no schema, no enum fields documented) × 6.
    expect(result.summary).toMatchObject({ failed: 0, errors: 0, skipped: 0, total: 27 });
    expect(result.cases.map((c) => c.name)).toContain('PATCH /education/synchronizationProfiles/{educationSynchronizationProfileId}/profileStatus > status code');
    const status = result.cases.find((c) => c.id === 'educationsynchronizationprofilestatus-get::enum-members-documented');
    expect(status).toMatchObject({ state: 'passed', page: 'api/educationsynchronizationprofilestatus-get.md', operation: 'GET /education/synchronizationProfiles/{id}/profileStatus', requestId: 'req-1' });
    // The PUT's documented 202 body is checked for its shape though its type has no page.
    expect(result.cases.map((c) => c.id)).toContain('educationsynchronizationprofile-put::response-body-matches-schema');
    // {id} came from listing the parent collection; the Prefer variant went out for the evolvable enum.
    const sent = target.requests.filter((r) => r.url === '/beta/education/synchronizationProfiles/p-1/profileStatus' && r.method === 'GET');
    expect(sent.map((r) => r.headers.prefer)).toEqual([undefined, 'include-unknown-enum-members']);
  });
});

describe('runSuites against drift', () => {
  test.for([
    ['bad-enum', 'enum-members-documented', /\/status: `String` is not a documented educationSynchronizationStatus member\n\s+expected: \["paused",/],
    ['status', 'status-code-documented', /status 299 is not the documented 200\n\s+expected: 200\n\s+actual:\s+299\n\s+doc:\s+api\/educationsynchronizationprofilestatus-get.md:49/],
  ] as const)('%s fails %s with a readable message', async ([drift, check, message]) => {
    const { run: result } = await run({ drift, filter: 'profilestatus-get' });
    const failed = result.cases.find((c) => c.id === `educationsynchronizationprofilestatus-get::${check}`);
    expect(failed?.state).toBe('failed');
    expect(formatViolations(seedSet.contracts[0]!, failed?.violations ?? [])).toMatch(message);
    expect(failed?.transcript?.request.url).toBe(`${target.url}/beta/education/synchronizationProfiles/p-1/profileStatus`);
    expect(result.summary.errors).toBe(0);
  });

  test('the failure text names the doc file:line, pointer, expected and actual', async () => {
    const { run: result } = await run({ drift: 'bad-enum', filter: 'profilestatus-get' });
    const text = result.cases.find((c) => c.checkId === 'enum-members-documented')?.violations;
    expect(text?.[0]).toMatchObject({ pointer: '/status', actual: 'String', source: { file: 'api/educationsynchronizationprofilestatus-get.md', line: 95 } });
  });

  test('a throttled request is retried and passes; a reset connection is an error, not a failure', async () => {
    const throttled = await run({ drift: 'throttle', filter: 'profilestatus-get' });
    expect(throttled.run.summary).toMatchObject({ failed: 0, errors: 0 });
    const reset = await run({ drift: 'reset', filter: 'profilestatus-get' });
    expect(reset.run.summary.failed).toBe(0);
    expect(reset.run.summary.errors).toBeGreaterThan(0);
    expect(reset.run.cases.find((c) => c.state === 'error')?.error).toMatchObject({ code: 'TRANSPORT_FAILED' });
  });

  test('an unresolvable path parameter skips the contract with the reason', async () => {
    const orphan = { ...seedSet.contracts[0]!, id: 'orphan-get', request: { ...seedSet.contracts[0]!.request, path: '/nowhere/{thingId}', pathParams: ['thingId'] } };
    const { run: result } = await run({ set: { ...seedSet, contracts: [orphan] } });
    expect(result.cases.every((c) => c.state === 'skipped')).toBe(true);
    expect(result.cases[0]?.skipReason).toMatch(/path parameter \{thingId\} unresolved: no fixtures file, GRAPH_CONTRACTS_PARAM_THINGID not set; listing \/beta\/nowhere gave no id/);
  });
});
