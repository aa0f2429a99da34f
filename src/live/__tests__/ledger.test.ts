import { mkdtempSync, readFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HttpRequest, HttpResponse, Transport } from '../../transport/types.js';
import { cleanupLedger, formatCleanup } from '../cleanup.js';
import { contract } from '../__helpers__/contract.js';
import { asyncCreates, createdResourceUrl, singleValuedCreates, type CreateMatchers } from '../created.js';
import { Ledger } from '../ledger.js';
import { recordingTransport } from '../recordingTransport.js';

const BASE = 'https://graph.example.test';
const response = (status: number, json?: unknown, headers: Record<string, string> = {}): HttpResponse => ({ status, headers, text: json ? JSON.stringify(json) : '', json, elapsedMs: 1 });
const ledger = () => new Ledger(join(mkdtempSync(join(tmpdir(), 'gc-ledger-')), 'sub', 'run.jsonl'));
const NONE: CreateMatchers = { singleValued: [], asyncCreates: [], collections: [], puts: [] };
const MARKER = 'gcrun-test';

/** A fake tenant holding resources by URL. */
function fakeTenant(failDelete: string[] = []) {
  const store = new Set<string>();
  const sent: HttpRequest[] = [];
  const transport: Transport = {
    kind: 'live', baseUrl: BASE,
    async send(req) {
      sent.push(req);
      if (req.method === 'POST') {
        const id = `id-${store.size + 1}`;
        store.add(`${req.url}/${id}`);
        return response(201, { id });
      }
      if (req.method === 'DELETE') {
        if (failDelete.includes(req.url)) return response(403, { error: { code: 'Authorization_RequestDenied', message: 'no' } });
        return store.delete(req.url) ? response(204) : response(404, { error: { code: 'NotFound', message: 'gone' } });
      }
      return response(200, {});
    },
  };
  return { store, sent, transport };
}

describe('createdResourceUrl', () => {
  const post = { method: 'POST', url: '/beta/things?x=1', headers: {} };
  it.each<[string, HttpRequest, HttpResponse, string | undefined]>([
    ['201 with id', post, response(201, { id: 'a b' }), '/beta/things/a%20b'],
    ['Location header wins', post, response(201, { id: 'x' }, { location: `${BASE}/beta/things('x')` }), "/beta/things('x')"],
    ['foreign Location falls back to id', post, response(201, { id: 'x' }, { location: 'https://elsewhere/x' }), '/beta/things/x'],
    ['PUT that creates', { method: 'PUT', url: '/beta/things/1', headers: {} }, response(201), '/beta/things/1'],
    ['200 is not a create', post, response(200, { id: 'x' }), undefined],
    ['202 provisioning is not recorded', { method: 'PUT', url: '/beta/p', headers: {} }, response(202), undefined],
    ['relative Location resolves against the request', post, response(201, { id: 'x' }, { location: 'things/x' }), '/beta/things/x'],
    ['@odata.editLink (relative to the service root) before @odata.id', post, response(201, { id: 'x', '@odata.editLink': "things('x')", '@odata.id': `${BASE}/beta/other/x` }), "/beta/things('x')"],
    ['@odata.id under the service', post, response(201, { id: 'x', '@odata.id': `${BASE}/v1.0/directory/things/x` }), '/v1.0/directory/things/x'],
    ["the directory's v2 @odata.id is not a Graph URL", post, response(201, { id: 'x', '@odata.id': `${BASE}/v2/tenant/directoryObjects/x/Microsoft.DirectoryServices.User` }), '/beta/things/x'],
    ['@odata.id of another host is ignored', post, response(201, { id: 'x', '@odata.id': 'https://graph.microsoft.com/beta/things/x' }), '/beta/things/x'],
    ['a bound action creates in the collection its @odata.context names', { method: 'POST', url: '/beta/me/messages/m1/createReply', headers: {} }, response(201, { id: 'r1', '@odata.context': "https://graph.microsoft.com/beta/$metadata#users('u1')/messages/$entity" }), "/beta/users('u1')/messages/r1"],
    ['a type-cast context is not a path: the POST URL is', post, response(201, { id: 'x', '@odata.context': 'https://graph.microsoft.com/beta/$metadata#directoryObjects/microsoft.graph.group/$entity' }), '/beta/things/x'],
    ['201 without id or links records nothing', post, response(201, {}), undefined],
    // POST /teams: 202 Accepted, the team at Content-Location, the operation to poll at Location (both version-less).
    ['202 create: Content-Location, with the request version', post, response(202, undefined, { location: "/teams('t1')/operations('op1')", 'content-location': "/teams('t1')" }), "/beta/teams('t1')"],
    ['202 create: a Location that is not an operation', post, response(202, undefined, { location: `${BASE}/beta/things/t2` }), '/beta/things/t2'],
    ['202 with only the operation to poll records nothing', post, response(202, undefined, { location: "/teams('t1')/operations('op1')" }), undefined],
    ['202 of an action without links (sendMail) records nothing', { method: 'POST', url: '/v1.0/me/sendMail', headers: {} }, response(202), undefined],
  ])('%s', (_n, req, res, expected) => expect(createdResourceUrl(req, res, BASE)).toBe(expected));

  const status = contract('GET', '/education/synchronizationProfiles/{id}/profileStatus');
  const create = { ...contract('POST', '/education/synchronizationProfiles/{educationSynchronizationProfileId}/profileStatus'), id: 'c' };
  const postStatus = { method: 'POST', url: '/beta/education/synchronizationProfiles/P1/profileStatus', headers: {} };
  const created = response(201, { id: 's1', '@odata.context': 'https://graph.microsoft.com/beta/$metadata#education/synchronizationProfiles/P1/profileStatus/$entity' });

  it('a POST on a single-valued navigation property (its GET answers one entity) created the entity at its own URL', () => {
    const single = singleValuedCreates([{ ...status, response: { ...status.response, body: 'entity' } }, create]);
    expect(single).toHaveLength(1);
    expect(createdResourceUrl(postStatus, created, BASE, single)).toBe('/beta/education/synchronizationProfiles/P1/profileStatus');
    expect(createdResourceUrl({ ...postStatus, url: '/beta/education/synchronizationProfiles/P1/profileStatus/extra' }, created, BASE, single)).not.toBe(postStatus.url);
  });

  it('a POST whose path is listed as a collection, or has no GET, creates an item below it', () => {
    expect(singleValuedCreates([{ ...status, response: { ...status.response, body: 'collection' } }, create])).toEqual([]);
    expect(singleValuedCreates([create])).toEqual([]);
    expect(createdResourceUrl(postStatus, created, BASE, [])).toBe('/beta/education/synchronizationProfiles/P1/profileStatus/s1');
  });
});

describe('asynchronous creates (202 Accepted)', () => {
  const teams = contract('GET', '/teams');
  const listTeams: typeof teams = { ...teams, response: { ...teams.response, body: 'collection' } };
  const createTeam = (status: number) => { const c = contract('POST', '/teams'); return { ...c, id: `create-${status}`, response: { ...c.response, status } }; };
  const sendMail = { ...contract('POST', '/me/sendMail'), response: { ...contract('POST', '/me/sendMail').response, status: 202 } };

  it('are documented POSTs answering 202 on a path whose GET lists a collection, not 202 actions or 201 creates', () => {
    const matchers = asyncCreates([listTeams, createTeam(202), sendMail]);
    expect(matchers.map((re) => re.test('/beta/teams'))).toEqual([true]);
    expect(matchers.some((re) => re.test('/beta/me/sendMail'))).toBe(false);
    expect(asyncCreates([listTeams, createTeam(201)])).toEqual([]);
  });

  it('answered without a resource location, are reported once by cleanup as not deleted', async () => {
    const tenant: Transport = { kind: 'live', baseUrl: BASE, send: async (req) => (req.url.endsWith('/teams') ? response(202, undefined, { location: "/teams('t1')/operations('op1')" }) : response(202)) };
    const l = ledger();
    const t = recordingTransport(tenant, l, { ...NONE, asyncCreates: asyncCreates([listTeams, createTeam(202), sendMail]) }, MARKER);
    await t.send({ method: 'POST', url: '/beta/teams', headers: {} });
    await t.send({ method: 'POST', url: '/beta/me/sendMail', headers: {} });
    expect(l.pending()).toEqual([]);
    const report = await cleanupLedger(l, tenant);
    expect(report.unlocated).toEqual(['POST /beta/teams']);
    expect(formatCleanup(report)).toContain('cleanup: POST /beta/teams was accepted (202) without saying where its resource is: not deleted, check by hand');
    expect((await cleanupLedger(new Ledger(l.path), tenant)).unlocated).toEqual([]);
  });

  it('naming the resource in Content-Location, are recorded and deleted like any create', async () => {
    const sent: string[] = [];
    const tenant: Transport = { kind: 'live', baseUrl: BASE, send: async (req) => (sent.push(`${req.method} ${req.url}`), req.method === 'POST' ? response(202, undefined, { 'content-location': "/teams('t1')" }) : response(204)) };
    const l = ledger();
    await recordingTransport(tenant, l, { ...NONE, asyncCreates: asyncCreates([listTeams, createTeam(202)]) }, MARKER).send({ method: 'POST', url: '/beta/teams', headers: {} });
    expect(await cleanupLedger(l, tenant)).toEqual({ deleted: ["/beta/teams('t1')"], gone: [], failed: [], unlocated: [], found: [], unknown: [] });
    expect(sent).toEqual(['POST /beta/teams', "DELETE /beta/teams('t1')"]);
  });
});

describe('ledger and cleanup', () => {
  it('records creates and deletes made through the transport, and cleans up the rest newest first', async () => {
    const tenant = fakeTenant();
    const l = ledger();
    const t = recordingTransport(tenant.transport, l, NONE, MARKER);
    await t.send({ method: 'POST', url: '/beta/things', headers: {} });
    await t.send({ method: 'POST', url: '/beta/things', headers: {} });
    await t.send({ method: 'POST', url: '/beta/things', headers: {} });
    await t.send({ method: 'DELETE', url: '/beta/things/id-2', headers: {} });
    expect(l.pending().map((e) => e.url)).toEqual(['/beta/things/id-3', '/beta/things/id-1']);
    const report = await cleanupLedger(l, tenant.transport);
    expect(report).toEqual({ deleted: ['/beta/things/id-3', '/beta/things/id-1'], gone: [], failed: [], unlocated: [], found: [], unknown: [] });
    expect(tenant.store.size).toBe(0);
    expect(l.pending()).toEqual([]);
  });

  it('reports what it could not delete, keeps going, and keeps it pending', async () => {
    const tenant = fakeTenant(['/beta/things/id-1']);
    const l = ledger();
    const t = recordingTransport(tenant.transport, l, NONE, MARKER);
    await t.send({ method: 'POST', url: '/beta/things', headers: {} });
    await t.send({ method: 'POST', url: '/beta/things', headers: {} });
    l.created({ url: '/beta/things/already-gone', createdBy: 'POST /beta/things' });
    const report = await cleanupLedger(l, tenant.transport);
    expect(report.deleted).toEqual(['/beta/things/id-2']);
    expect(report.gone).toEqual(['/beta/things/already-gone']);
    expect(formatCleanup(report)).toEqual([
      'cleanup: deleted 1 created resource(s); 1 not found (404)',
      'cleanup: not found at /beta/things/already-gone (already deleted, or created elsewhere: check by hand)',
      'cleanup: could not delete /beta/things/id-1 (created by POST /beta/things): DELETE answered 403 Authorization_RequestDenied',
    ]);
    expect(l.pending().map((e) => e.url)).toEqual(['/beta/things/id-1']);
  });

  it('survives a line cut short by a kill and is shared through its file', () => {
    const l = ledger();
    l.created({ url: '/beta/a', createdBy: 'POST /beta' });
    appendFileSync(l.path, '{"op":"created","url":"/beta/b"');
    const other = new Ledger(l.path);
    expect(other.pending()).toEqual([{ url: '/beta/a', createdBy: 'POST /beta' }]);
    expect(readFileSync(l.path, 'utf8')).toContain('"op":"created"');
  });

  it('never throws from cleanup, even when the tenant is unreachable', async () => {
    const l = ledger();
    l.created({ url: '/beta/a', createdBy: 'POST /beta' });
    const down: Transport = { kind: 'live', baseUrl: BASE, send: () => Promise.reject(new Error('cannot reach: Bearer abc.def')) };
    const report = await cleanupLedger(l, down);
    expect(report.failed).toEqual([{ url: '/beta/a', createdBy: 'POST /beta', reason: 'cannot reach: Bearer abc.def' }]);
  });
});
