// compareRuns (bench/compareRuns.ts): which cases a read-only live run judges differently from a
// mock run of the same docs, and why.
import { describe, expect, test } from 'vitest';
import { compareRuns, differenceLines } from '../bench/compareRuns.js';
import type { CaseResult, CaseState, RunResult } from '../src/results/types.js';
import { fixtureRun } from '../src/reporters/__fixtures__/run.js';

function c(contractId: string, operation: string, state: CaseState, more: Partial<CaseResult> = {}): CaseResult {
  const checkId = more.checkId ?? 'status-code-documented';
  return { id: `${contractId}::${checkId}`, contractId, checkId, name: operation, operation, page: `api/${contractId}.md`, source: { file: `api/${contractId}.md`, line: 1 }, state, durationMs: 1, violations: [], ...more };
}
const run = (cases: CaseResult[]): RunResult => fixtureRun({ cases });
const failed404 = { violations: [{ check: 'status-code-documented', severity: 'error' as const, message: 'status 404 is not the documented 200' }], transcript: { request: { method: 'GET', url: '/x', headers: {} }, response: { status: 404, headers: {}, elapsedMs: 1 } } };
const readOnly = { skipReason: 'PUT writes to the tenant; live runs are read-only without --allow-writes' };

describe('compareRuns', () => {
  test('equal failures on the cases both sent; writes the live run left out are counted apart', () => {
    const mock = run([c('a', 'GET /a', 'failed'), c('b', 'GET /b', 'passed'), c('w', 'PUT /a', 'failed')]);
    const live = run([c('a', 'GET /a', 'failed'), c('b', 'GET /b', 'passed'), c('w', 'PUT /a', 'skipped', readOnly), c('a', 'GET /a', 'passed', { checkId: 'request-id-present' })]);
    const r = compareRuns(mock, live);
    expect(r).toMatchObject({ compared: 2, notSent: 1, differences: [], unexpectedSkips: [] });
  });

  test('a live error, a live-only failure and an unexpected skip are each named', () => {
    const mock = run([c('a', 'GET /a', 'passed'), c('b', 'GET /b', 'passed'), c('d', 'GET /d', 'failed')]);
    const live = run([
      c('a', 'GET /a', 'error', { error: { code: 'TRANSPORT_FAILED', message: 'cannot reach' } }),
      c('b', 'GET /b', 'failed', { violations: [{ check: 'status-code-documented', severity: 'error', message: 'status 500' }] }),
      c('d', 'GET /d', 'skipped', { skipReason: 'no fixture for {id}' }),
    ]);
    const r = compareRuns(mock, live);
    expect(r.differences.map((d) => [d.caseId, d.cause])).toEqual([
      ['d::status-code-documented', 'mock run only: status-code-documented'],
      ['a::status-code-documented', 'live run error TRANSPORT_FAILED'],
      ['b::status-code-documented', 'live run only: status-code-documented'],
    ].sort((x, y) => x[1]!.localeCompare(y[1]!)));
    expect(r.unexpectedSkips.map((x) => x.id)).toEqual(['d::status-code-documented']);
    expect(differenceLines(r.differences)).toContain('    a::status-code-documented (mock passed, live error): TRANSPORT_FAILED: cannot reach');
  });

  test('a skip the mock run made for the same reason is expected; for another reason it is not', () => {
    const why = { skipReason: "the page's $skiptoken was issued by another service; no @odata.nextLink to follow" };
    const mock = run([c('s', 'GET /s', 'skipped', why), c('t', 'GET /t', 'skipped', { skipReason: 'no fixture for {id}' })]);
    const live = run([
      c('s', 'GET /s', 'skipped', { skipReason: why.skipReason.replace('no @odata', 'GET /beta/teams/2/delta has no @odata') }),
      c('s', 'GET /s', 'skipped', { skipReason: why.skipReason.replace('no @odata', 'GET /beta/teams/2/delta has no @odata'), checkId: 'request-id-present' }),
      c('t', 'GET /t', 'skipped', why),
    ]);
    mock.cases[0]!.skipReason = why.skipReason.replace('no @odata', 'GET /beta/teams/1/delta has no @odata');
    expect(compareRuns(mock, live).unexpectedSkips.map((x) => x.id)).toEqual(['t::status-code-documented']);
  });

  test("a mock-run read that found nothing after that run's own PUT $ref names the write", () => {
    const mock = run([c('get-manager', 'GET /users/{id | userPrincipalName}/manager', 'failed', failed404), c('put-manager', 'PUT /users/{id}/manager/$ref', 'passed')]);
    const live = run([c('get-manager', 'GET /users/{id | userPrincipalName}/manager', 'passed'), c('put-manager', 'PUT /users/{id}/manager/$ref', 'skipped', readOnly)]);
    const [d] = compareRuns(mock, live).differences;
    expect(d?.cause).toBe("the mock run's own write PUT /users/{id}/manager/$ref (api/put-manager.md) changed what this read finds (a read-only live run sends no write)");
  });
});
