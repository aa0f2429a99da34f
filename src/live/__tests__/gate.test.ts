import { describe, expect, it } from 'vitest';
import { contract } from '../__helpers__/contract.js';
import { decide, type RunPolicy } from '../gate.js';
import { formatPlan, resolvePlan } from '../plan.js';

const TENANT = '11111111-2222-3333-4444-555555555555';
const live: RunPolicy = { target: 'live', authKind: 'application', allowWrites: false, tenantId: TENANT, writeTenants: [TENANT], expectDenied: false };
const put = contract('PUT', '/education/synchronizationProfiles', { application: null });

describe('decide', () => {
  it.each<[string, Parameters<typeof decide>[0], Partial<RunPolicy>, ReturnType<typeof decide>]>([
    ['GET runs live', contract('GET', '/things'), {}, { action: 'send' }],
    ['writes are skipped without --allow-writes', contract('POST', '/things'), {}, { action: 'skip', reason: 'POST writes to the tenant; live runs are read-only without --allow-writes' }],
    ['writes need the tenant in the allowlist', contract('PATCH', '/things/{id}'), { allowWrites: true, writeTenants: ['contoso.onmicrosoft.com'] }, { action: 'skip', reason: `PATCH writes to tenant ${TENANT}, which is not listed in GRAPH_WRITE_TENANTS` }],
    ['writes run when allowed and listed', contract('DELETE', '/things/{id}'), { allowWrites: true }, { action: 'send' }],
    ['unsupported permission type is skipped', put, { allowWrites: true }, { action: 'skip', reason: 'Application permissions: "Not supported." (api/x.md)' }],
    ['--expect-denied sends it to assert denial', put, { allowWrites: true, expectDenied: true }, { action: 'expect-denied', reason: 'Application permissions: "Not supported." (api/x.md)' }],
    ['--expect-denied never sends a write that is not allowed', put, { expectDenied: true }, { action: 'skip', reason: 'PUT writes to the tenant; live runs are read-only without --allow-writes' }],
    ['delegated work uses its own column', put, { authKind: 'delegatedWork', allowWrites: true }, { action: 'send' }],
    ['personal accounts read the personal column', contract('GET', '/things'), { authKind: 'delegatedPersonal' }, { action: 'skip', reason: 'Delegated (personal Microsoft account) permissions: "Not supported." (api/x.md)' }],
    ['the mock target runs everything', put, { target: 'mock' }, { action: 'send' }],
    ['a GET whose documented headers override it to DELETE is a write', { ...contract('GET', '/things/{id}'), request: { ...contract('GET', '/things/{id}').request, headers: { 'X-HTTP-Method-Override': 'DELETE' } } }, {}, { action: 'skip', reason: 'DELETE writes to the tenant; live runs are read-only without --allow-writes' }],
    ['HEAD is not a GET', contract('HEAD' as 'GET', '/things'), {}, { action: 'skip', reason: 'HEAD writes to the tenant; live runs are read-only without --allow-writes' }],
  ])('%s', (_name, c, policy, expected) => {
    expect(decide(c, { ...live, ...policy })).toEqual(expected);
  });
});

describe('dry-run plan', () => {
  it('lists every request with its decision and counts', () => {
    const text = formatPlan(resolvePlan([contract('GET', '/things/{id}'), put], live), { baseUrl: 'https://graph.microsoft.com', tenantId: TENANT, flow: 'client-secret', policy: live });
    expect(text.split('\n')).toEqual([
      'dry run: nothing is sent',
      `target https://graph.microsoft.com tenant ${TENANT} auth client-secret (application)`,
      'writes not allowed; tenant in GRAPH_WRITE_TENANTS',
      '  send          GET    /beta/things/{id}',
      '  skip          PUT    /beta/education/synchronizationProfiles (PUT writes to the tenant; live runs are read-only without --allow-writes)',
      '1 to send, 0 expected denied, 1 skipped',
      '',
    ]);
  });
});
