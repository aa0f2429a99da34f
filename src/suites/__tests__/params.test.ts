import { describe, expect, test } from 'vitest';
import { getProfileStatus } from '../../contracts/__tests__/__fixtures__/contracts.js';
import type { Contract } from '../../contracts/types.js';
import type { HttpRequest, HttpResponse, Transport } from '../../transport/types.js';
import { ParamResolver, parentOf, type ResolverSources } from '../params.js';
import { seedSet } from './__fixtures__/seedSet.js';

/** A transport answering by `METHOD url` from a table (404 otherwise), recording what was sent. */
function fake(table: Record<string, { status: number; json?: unknown }>): Transport & { sent: HttpRequest[] } {
  const sent: HttpRequest[] = [];
  return {
    kind: 'mock',
    baseUrl: 'http://x',
    sent,
    async send(request) {
      sent.push(request);
      const hit = table[`${request.method} ${request.url}`] ?? { status: 404 };
      return { status: hit.status, headers: {}, text: JSON.stringify(hit.json ?? null), json: hit.json, elapsedMs: 0 } satisfies HttpResponse;
    },
  };
}

const sources = (transport: Transport, more: Partial<ResolverSources> = {}): ResolverSources => ({
  fixtures: {},
  env: {},
  transport,
  contracts: seedSet.contracts,
  headers: {},
  ...more,
});

describe('ParamResolver', () => {
  test('fixtures by path win over fixtures by name, then env, then the default', async () => {
    const t = fake({});
    const fixtures = { params: { id: 'by-name' }, paths: { '/education/synchronizationProfiles/{id}/profileStatus': { id: 'by-path' } } };
    await expect(new ParamResolver(sources(t, { fixtures })).resolve(getProfileStatus)).resolves.toEqual({ values: { id: 'by-path' } });
    await expect(new ParamResolver(sources(t, { fixtures: { params: { id: 'by-name' } } })).resolve(getProfileStatus)).resolves.toEqual({ values: { id: 'by-name' } });
    const env = { GRAPH_CONTRACTS_PARAM_ID: 'from-env' };
    await expect(new ParamResolver(sources(t, { env, fixtures: { default: 'seed' } })).resolve(getProfileStatus)).resolves.toEqual({ values: { id: 'from-env' } });
    await expect(new ParamResolver(sources(t, { fixtures: { default: 'seed' } })).resolve(getProfileStatus)).resolves.toEqual({ values: { id: 'seed' } });
    expect(t.sent).toEqual([]);
  });

  test('discovery lists the parent collection once and reuses the id', async () => {
    const t = fake({ 'GET /beta/education/synchronizationProfiles?$top=1': { status: 200, json: { value: [{ id: 'listed' }] } } });
    const r = new ParamResolver(sources(t));
    await expect(r.resolve(getProfileStatus)).resolves.toEqual({ values: { id: 'listed' } });
    await expect(r.resolve(getProfileStatus)).resolves.toEqual({ values: { id: 'listed' } });
    expect(t.sent).toHaveLength(1);
  });

  test('otherwise the documented create runs first, and cleanup deletes what it made', async () => {
    const t = fake({ 'PUT /beta/education/synchronizationProfiles': { status: 202, json: { id: 'made' } }, 'DELETE /beta/education/synchronizationProfiles/made': { status: 204 } });
    const r = new ParamResolver(sources(t));
    await expect(r.resolve(getProfileStatus)).resolves.toEqual({ values: { id: 'made' } });
    expect(t.sent.map((s) => `${s.method} ${s.url}`)).toEqual(['GET /beta/education/synchronizationProfiles?$top=1', 'PUT /beta/education/synchronizationProfiles']);
    await expect(r.cleanup()).resolves.toEqual([]);
    expect(t.sent.at(-1)).toMatchObject({ method: 'DELETE', url: '/beta/education/synchronizationProfiles/made' });
  });

  test('a create the run may not send (live write gate, permission type) is not sent for discovery either', async () => {
    const t = fake({ 'PUT /beta/education/synchronizationProfiles': { status: 202, json: { id: 'made' } } });
    const r = new ParamResolver(sources(t, { mayCreate: (c) => c.request.method !== 'PUT' }));
    await expect(r.resolve(getProfileStatus)).resolves.toMatchObject({ reason: expect.stringContaining('no documented create on it succeeded') });
    expect(t.sent.map((s) => s.method)).toEqual(['GET']);
  });

  test('cleanup reports what it could not delete; a 404 (already deleted) is not a leftover', async () => {
    const t = fake({ 'PUT /beta/education/synchronizationProfiles': { status: 202, json: { id: 'made' } }, 'DELETE /beta/education/synchronizationProfiles/made': { status: 403 } });
    const r = new ParamResolver(sources(t));
    await r.resolve(getProfileStatus);
    await expect(r.cleanup()).resolves.toEqual(['/beta/education/synchronizationProfiles/made']);
    const gone = fake({ 'PUT /beta/education/synchronizationProfiles': { status: 202, json: { id: 'made' } } });
    const r2 = new ParamResolver(sources(gone));
    await r2.resolve(getProfileStatus);
    await expect(r2.cleanup()).resolves.toEqual([]);
  });

  test('a DELETE gets a fresh resource of its own rather than a listed one', async () => {
    const t = fake({
      'GET /beta/education/synchronizationProfiles?$top=1': { status: 200, json: { value: [{ id: 'shared' }] } },
      'PUT /beta/education/synchronizationProfiles': { status: 202, json: { id: 'own' } },
    });
    const del: Contract = { ...getProfileStatus, request: { ...getProfileStatus.request, method: 'DELETE', path: '/education/synchronizationProfiles/{id}' } };
    await expect(new ParamResolver(sources(t)).resolve(del)).resolves.toEqual({ values: { id: 'own' } });
  });

  describe('live writes: the own parameter names a resource the run creates, or a disposable one', () => {
    const patch: Contract = { ...getProfileStatus, id: 'patch-profile', request: { ...getProfileStatus.request, method: 'PATCH', path: '/education/synchronizationProfiles/{id}' } };
    const table = {
      'GET /beta/education/synchronizationProfiles?$top=1': { status: 200, json: { value: [{ id: 'existing' }] } },
      'PUT /beta/education/synchronizationProfiles': { status: 202, json: { id: 'own' } },
    };

    test('never listed, never configured: created', async () => {
      const t = fake(table);
      const r = new ParamResolver(sources(t, { ownParams: { 'patch-profile': 'id' }, fixtures: { default: 'configured', params: { id: 'configured' } }, env: { GRAPH_CONTRACTS_PARAM_ID: 'env' } }));
      await expect(r.resolve(patch)).resolves.toEqual({ values: { id: 'own' } });
      expect(t.sent.map((s) => s.method)).toEqual(['PUT']);
    });

    test('a disposable id of the fixtures is taken as it is', async () => {
      const t = fake(table);
      const r = new ParamResolver(sources(t, { ownParams: { 'patch-profile': 'id' }, fixtures: { disposable: { params: { id: 'spare' } } } }));
      await expect(r.resolve(patch)).resolves.toEqual({ values: { id: 'spare' } });
      expect(t.sent).toEqual([]);
    });

    test('when no create may be sent, the write is not resolved (and so not sent)', async () => {
      const t = fake(table);
      const r = new ParamResolver(sources(t, { ownParams: { 'patch-profile': 'id' }, mayCreate: () => false }));
      await expect(r.resolve(patch)).resolves.toEqual({ reason: 'path parameter {id} must name a resource this run creates (or one the fixtures mark disposable): no documented create on /beta/education/synchronizationProfiles succeeded' });
      expect(t.sent).toEqual([]);
    });
  });

  test('unresolved: the reason says what was tried', async () => {
    const r = new ParamResolver(sources(fake({}), { contracts: [], fixturesFile: 'fixtures/live.json' }));
    await expect(r.resolve(getProfileStatus)).resolves.toEqual({
      reason: 'path parameter {id} unresolved: not in fixtures/live.json, GRAPH_CONTRACTS_PARAM_ID not set; listing /beta/education/synchronizationProfiles gave no id and no documented create on it succeeded',
    });
  });

  test.for([
    ['/users/{id}/photo', 'id', '/users'],
    ["/users('{user-id}')/events", 'user-id', '/users'],
    ['/a/{x}/b/{y}', 'y', '/a/{x}/b'],
    ['/{id}', 'id', undefined],
  ] as const)('parentOf(%s, %s) = %s', ([path, param, parent]) => {
    expect(parentOf(path, param)).toBe(parent);
  });
});
