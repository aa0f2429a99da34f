import type { CaseResult, RunResult } from '../../results/types.js';
import { summarize } from '../../results/summary.js';
import type { ReportBaseline } from '../types.js';

/** A credential header as a case captures it (`src/suites/transcript.ts` redacts it there). */
const CAPTURED_AUTHORIZATION = '[redacted]';

const source = (file: string, line: number) => ({ file, line });

function base(contractId: string, checkId: string, operation: string, resource: string, page: string, line: number): Omit<CaseResult, 'state'> {
  return {
    id: `${contractId}::${checkId}`,
    contractId,
    checkId,
    name: `${operation} > ${checkId}`,
    operation,
    resource,
    page,
    source: source(page, line),
    durationMs: 12.5,
    violations: [],
  };
}

/** Seven cases over three pages: 3 passed, 2 failed, 1 error, 1 skipped. */
export function fixtureCases(): CaseResult[] {
  const userGet = (check: string) => base('user-get', check, 'GET /users/{id}', 'user', 'api/user-get.md', 42);
  const eventList = (check: string) => base('event-list', check, 'GET /me/events', 'event', 'api/user-list-events.md', 30);
  const profile = (check: string) =>
    base('educationsynchronizationprofile-get', check, 'GET /education/synchronizationProfiles/{id}', 'educationSynchronizationProfile', 'api/educationsynchronizationprofile-get.md', 55);
  return [
    { ...userGet('status-code-documented'), state: 'passed', requestId: 'req-1' },
    { ...userGet('content-type-matches'), state: 'passed', requestId: 'req-1' },
    {
      ...userGet('response-body-matches-schema'),
      state: 'failed',
      requestId: '7f3c1a2b-0000-4000-8000-000000000001',
      clientRequestId: 'c-1',
      violations: [
        {
          check: 'response-body-matches-schema',
          severity: 'error',
          message: 'accountEnabled must be boolean',
          pointer: '/accountEnabled',
          expected: { type: 'boolean' },
          actual: 'yes',
          source: source('resources/user.md', 77),
        },
        {
          check: 'response-body-matches-schema',
          severity: 'error',
          message: 'status is not a member of enum userStatus',
          pointer: '/status',
          expected: ['active', 'disabled'],
          actual: 'suspended',
          source: source('resources/user.md', 120),
        },
      ],
      docDefects: [
        {
          pointer: '/accountEnabled',
          reason: 'the page\'s example at api/user-get.md:90 shows /accountEnabled = "yes", but resources/user.md:77 documents it as Edm.Boolean',
          example: source('api/user-get.md', 90),
          definition: source('resources/user.md', 77),
        },
        { pointer: '/status', reason: 'the page\'s example at api/user-get.md:91 shows /status = "suspended", but the schema expects ["active","disabled"]', example: source('api/user-get.md', 91) },
      ],
      transcript: {
        request: { method: 'GET', url: '/beta/users/1', headers: { authorization: CAPTURED_AUTHORIZATION, accept: 'application/json' } },
        response: {
          status: 200,
          headers: { 'content-type': 'application/json', 'request-id': '7f3c1a2b-0000-4000-8000-000000000001' },
          body: '{"accountEnabled":"yes","status":"suspended","displayName":"<script>alert(1)</script>"}',
          elapsedMs: 80,
        },
      },
    },
    {
      ...eventList('status-code-documented'),
      state: 'failed',
      requestId: 'req-2',
      violations: [
        { check: 'status-code-documented', severity: 'error', message: 'status 404 is not documented', expected: 200, actual: 404, source: source('api/user-list-events.md', 61) },
      ],
      transcript: {
        request: { method: 'GET', url: '/beta/me/events', headers: { Authorization: CAPTURED_AUTHORIZATION } },
        response: { status: 404, headers: { 'content-type': 'application/json' }, body: '{"error":{"code":"NotFound"}}', elapsedMs: 40 },
      },
    },
    { ...eventList('content-type-matches'), state: 'passed' },
    {
      ...profile('status-code-documented'),
      state: 'error',
      error: { code: 'TENANT_UNREACHABLE', message: 'connect ECONNREFUSED 127.0.0.1:9' },
    },
    { ...profile('response-body-matches-schema'), state: 'skipped', skipReason: 'write operation: not run against a live tenant without --allow-writes' },
  ];
}

/** A complete run over `fixtureCases()`, with one doc diagnostic. */
export function fixtureRun(overrides: Partial<RunResult> = {}): RunResult {
  const cases = overrides.cases ?? fixtureCases();
  return {
    version: 1,
    target: 'mock',
    baseUrl: 'http://127.0.0.1:4010',
    docs: 'contracts/docs',
    shard: { index: 1, count: 4 },
    startedAt: '2026-11-23T02:00:00.000Z',
    durationMs: 6543,
    complete: true,
    summary: summarize(cases),
    cases,
    diagnostics: [
      { rule: 'annotation-trailing-comma', severity: 'info', message: 'annotation has a trailing comma (tolerated)', source: source('api/user-get.md', 40) },
    ],
    ...overrides,
  };
}

/** A release baseline (the file `gate` reads) accepting `[contract id, check id, pointer]` failures. */
export function releaseBaseline(accepted: [string, string, string, string?][], today = '2026-06-01'): ReportBaseline {
  const entries = accepted.map(([target, rule, pointer, expires]) => ({ kind: 'contract' as const, rule, target, pointer, owner: 'edu', reason: 'known', ...(expires ? { expires } : {}) }));
  return { kind: 'release', baseline: { version: 1, entries }, today };
}
