import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Contract } from '../../contracts/types.js';
import type { HttpRequest, HttpResponse, Transport } from '../../transport/types.js';
import { contract } from '../__helpers__/contract.js';
import { classify } from '../classify.js';
import { cleanupLedger, formatCleanup, isGraphPath } from '../cleanup.js';
import { createMatchers } from '../created.js';
import { Ledger, type LedgerHeader } from '../ledger.js';
import { markCreate } from '../marker.js';
import { recordingTransport } from '../recordingTransport.js';
import { writeTargetOf } from '../targets.js';

const BASE = 'https://graph.example.test';
const HEADER: LedgerHeader = { runId: 'r1', tenantId: 't', graphBaseUrl: BASE, marker: 'gcrun-abc123', startedAt: '2024-01-01T00:00:00.000Z' };
const ledger = () => new Ledger(join(mkdtempSync(join(tmpdir(), 'gc-writes-')), 'run.jsonl'), HEADER);
const response = (status: number, json?: unknown, headers: Record<string, string> = {}): HttpResponse => ({ status, headers, text: json === undefined ? '' : JSON.stringify(json), json, elapsedMs: 1 });
const withBody = (c: Contract, body: Contract['response']['body'], status = c.response.status): Contract => ({ ...c, response: { ...c.response, body, status } });
const withParams = (c: Contract, ...pathParams: string[]): Contract => ({ ...c, request: { ...c.request, pathParams } });

// A small API: things (a collection), their parts, an action, a single-valued status, a PUT that creates.
const listThings = withBody(contract('GET', '/things'), 'collection');
const createThing = { ...withBody(contract('POST', '/things'), 'entity', 201), id: 'create-thing', request: { ...contract('POST', '/things').request, body: { displayName: 'A thing' } } };
const patchThing = { ...withParams(contract('PATCH', '/things/{thing-id}'), 'thing-id'), id: 'patch-thing' };
const archive = { ...withParams(contract('POST', '/things/{thing-id}/archive'), 'thing-id'), id: 'archive' };
const deletePart = { ...withParams(contract('DELETE', '/things/{thing-id}/parts/{part-id}'), 'thing-id', 'part-id'), id: 'delete-part' };
const getStatus = withBody(contract('GET', '/things/{thing-id}/status'), 'entity');
const postStatus = { ...withParams(withBody(contract('POST', '/things/{thing-id}/status'), 'entity', 201), 'thing-id'), id: 'post-status' };
const patchStatus = { ...withParams(contract('PATCH', '/things/{thing-id}/status'), 'thing-id'), id: 'patch-status' };
const putProfile = { ...withBody(contract('PUT', '/profiles/{id}'), 'entity', 201), id: 'put-profile' };
const patchMe = { ...contract('PATCH', '/me'), id: 'patch-me' };
const all = [listThings, createThing, patchThing, archive, deletePart, getStatus, postStatus, patchStatus, putProfile, patchMe];
const matchers = createMatchers(all);

describe('classify', () => {
  const req = (method: string, url: string, headers: Record<string, string> = {}): HttpRequest => ({ method, url, headers });
  it.each<[string, HttpRequest, string]>([
    ['GET reads', req('GET', '/beta/things/1'), 'read'],
    ['POST on a listed collection creates', req('POST', '/beta/things'), 'create'],
    ['POST on a single-valued navigation property creates', req('POST', '/beta/things/9/status'), 'create'],
    ['a PUT documented to answer 201 creates', req('PUT', '/beta/profiles/p'), 'create'],
    ['an action writes to the resource it addresses', req('POST', '/beta/things/9/archive'), 'write'],
    ['PATCH writes', req('PATCH', '/beta/things/9'), 'write'],
    ['a GET overridden to PATCH writes', req('GET', '/beta/things/9', { 'X-HTTP-Method-Override': 'PATCH' }), 'write'],
    ['a POST overridden to GET still names POST: writes', req('POST', '/beta/things/9/archive', { 'X-HTTP-Method-Override': 'GET' }), 'write'],
    ['$batch', { ...req('POST', '/v1.0/$batch'), body: '{"requests":[]}' }, 'batch'],
  ])('%s', (_n, request, kind) => {
    expect(classify(request, matchers).kind).toBe(kind);
  });
});

describe('writeTargetOf: where a write goes, before the run', () => {
  const sent = all;
  it.each<[string, Contract, ReturnType<typeof writeTargetOf>]>([
    ['a read goes nowhere', listThings, { kind: 'read' }],
    ['a create names its collection', createThing, { kind: 'create', text: 'creates in /beta/things' }],
    ['a PATCH of an item needs one the run creates, in its own parameter', patchThing, { kind: 'write', text: 'a resource this run creates with POST /beta/things', own: 'thing-id' }],
    ['an action too', archive, { kind: 'write', text: 'a resource this run creates with POST /beta/things', own: 'thing-id' }],
    ['below a created item, the item is the own parameter', deletePart, { kind: 'write', text: 'a resource this run creates with POST /beta/things', own: 'thing-id' }],
    ['a single-valued resource the run creates is the target itself', patchStatus, { kind: 'write', text: 'the resource POST /beta/things/{thing-id}/status creates in this run' }],
    ['a write to what no create makes is refused', patchMe, { kind: 'refused', reason: 'PATCH /beta/me writes to a resource this run did not create; list a disposable id for it under "disposable" in the fixtures file to allow it' }],
  ])('%s', (_n, c, expected) => {
    expect(writeTargetOf(c, sent, matchers, undefined)).toEqual(expected);
  });

  it('refuses a write whose create is not sent (gated, or filtered away)', () => {
    expect(writeTargetOf(patchThing, [patchThing], matchers, undefined).kind).toBe('refused');
  });

  it('takes disposable ids of the fixtures', () => {
    expect(writeTargetOf(patchMe, sent, matchers, { paths: { '/me': {} } })).toEqual({ kind: 'write', text: 'disposable /me (fixtures)' });
    expect(writeTargetOf(archive, [], matchers, { paths: { '/things/{thing-id}/archive': { 'thing-id': 't-8' } } })).toEqual({ kind: 'write', text: 'disposable /things/{thing-id}/archive (fixtures)', own: 'thing-id' });
    expect(writeTargetOf(patchThing, [patchThing], matchers, { params: { 'thing-id': 't-7' } })).toEqual({ kind: 'write', text: 'disposable {thing-id} = t-7 (fixtures)', own: 'thing-id' });
  });
});

describe('markCreate', () => {
  it('appends the marker to the first documented string property of the body', () => {
    const r = markCreate({ method: 'POST', url: '/beta/groups', headers: {}, body: JSON.stringify({ description: 'd', displayName: 'Group', mailNickname: 'g' }) }, 'gcrun-1');
    expect(JSON.parse(r.request.body!)).toEqual({ description: 'd', displayName: 'Group gcrun-1', mailNickname: 'g' });
    expect(r.marker).toEqual({ field: 'displayName', value: 'Group gcrun-1' });
  });

  it('leaves a body without such a property as it is', () => {
    const request = { method: 'POST', url: '/beta/x', headers: {}, body: '{"count":1}' };
    expect(markCreate(request, 'gcrun-1')).toEqual({ request });
  });
});

/** A tenant that keeps things by URL and can be told to create but not answer. */
function tenant() {
  const store = new Map<string, Record<string, unknown>>();
  const sent: HttpRequest[] = [];
  const state = { swallow: false, fail: 0 };
  let n = 0;
  const transport: Transport = {
    kind: 'live', baseUrl: BASE,
    async send(req) {
      sent.push(req);
      const path = req.url.split('?')[0]!;
      if (req.method === 'POST' && path === '/beta/things') {
        const id = `t${++n}`;
        store.set(`${path}/${id}`, { id, ...(JSON.parse(req.body ?? '{}') as object) });
        if (state.swallow) throw Object.assign(new Error('The operation was aborted due to timeout'), { name: 'TimeoutError' });
        if (state.fail) return response(state.fail, { error: { code: 'InternalServerError', message: 'boom' } });
        return response(201, store.get(`${path}/${id}`), { location: `${BASE}${path}/${id}` });
      }
      if (req.method === 'GET' && path === '/beta/things') {
        const items = [...store.values()];
        // Two pages, to prove the search follows @odata.nextLink.
        if (!req.url.includes('page=2')) return response(200, { value: items.slice(0, 1), '@odata.nextLink': `${BASE}/beta/things?page=2` });
        return response(200, { value: items.slice(1) });
      }
      if (req.method === 'DELETE') return store.delete(path) ? response(204) : response(404, { error: { code: 'NotFound', message: 'gone' } });
      if (req.method === 'POST' && path === '/beta/$batch') {
        const { requests } = JSON.parse(req.body!) as { requests: { id: string; method: string; url: string; body?: object }[] };
        const responses = requests.map((r) => {
          const id = `t${++n}`;
          store.set(`/beta/things/${id}`, { id, ...r.body });
          return { id: r.id, status: 201, headers: { location: `${BASE}/beta/things/${id}` }, body: { id } };
        });
        return response(200, { responses });
      }
      return response(200, {});
    },
  };
  return { store, sent, state, transport };
}

describe('recordingTransport and cleanup', () => {
  const post = { method: 'POST', url: '/beta/things', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ displayName: 'A thing' }) };

  it('records the intent before the request leaves, and what it created after', async () => {
    const t = tenant();
    const l = ledger();
    const seenAtSend: string[] = [];
    const spy: Transport = { ...t.transport, send: (r) => (seenAtSend.push(readFileSync(l.path, 'utf8')), t.transport.send(r)) };
    await recordingTransport(spy, l, matchers, HEADER.marker).send(post);
    expect(seenAtSend[0]).toMatch(/"op":"run".*"marker":"gcrun-abc123"/);
    expect(seenAtSend[0]).toMatch(/"op":"intent".*"method":"POST","url":"\/beta\/things".*"collection":"\/beta\/things","marker":\{"field":"displayName","value":"A thing gcrun-abc123"\}/);
    expect(t.sent[0]!.body).toBe('{"displayName":"A thing gcrun-abc123"}');
    expect(l.openIntents()).toEqual([]);
    expect(l.pending()).toEqual([{ url: '/beta/things/t1', createdBy: 'POST /beta/things' }]);
  });

  it('finds the resource of a create that timed out by its marker, and deletes it: nothing is left', async () => {
    const t = tenant();
    const l = ledger();
    const rec = recordingTransport(t.transport, l, matchers, HEADER.marker);
    await rec.send(post);
    t.state.swallow = true;
    await expect(rec.send(post)).rejects.toThrow(/timeout/);
    t.state.swallow = false;
    t.store.set('/beta/things/theirs', { id: 'theirs', displayName: 'Somebody else' });
    expect(l.unknownCreates()).toHaveLength(1);
    const report = await cleanupLedger(l, t.transport);
    expect(report.found).toEqual(['/beta/things/t2']);
    expect(report.deleted.sort()).toEqual(['/beta/things/t1', '/beta/things/t2']);
    expect([...t.store.keys()]).toEqual(['/beta/things/theirs']);
    expect(l.unknownCreates()).toEqual([]);
    expect(formatCleanup(report)[0]).toBe('cleanup: deleted 2 created resource(s) (1 of them found by the run marker after their create went unanswered)');
  });

  it('treats a 5xx answer to a create as an unknown outcome, and a 4xx as none', async () => {
    const t = tenant();
    const l = ledger();
    const rec = recordingTransport(t.transport, l, matchers, HEADER.marker);
    t.state.fail = 500;
    await rec.send(post);
    expect(l.unknownCreates()).toHaveLength(1);
    t.state.fail = 400;
    await rec.send(post);
    expect(l.unknownCreates()).toHaveLength(1);
    t.state.fail = 0;
    const report = await cleanupLedger(l, t.transport);
    expect(report.found.sort()).toEqual(['/beta/things/t1', '/beta/things/t2']);
    expect(t.store.size).toBe(0);
  });

  it('records a $batch per inner request, marks its creates and deletes what they made', async () => {
    const t = tenant();
    const l = ledger();
    const batch = { method: 'POST', url: '/beta/$batch', headers: {}, body: JSON.stringify({ requests: [{ id: 'a', method: 'POST', url: '/things', body: { displayName: 'in a batch' } }, { id: 'b', method: 'POST', url: '/things', body: { displayName: 'too' } }] }) };
    await recordingTransport(t.transport, l, matchers, HEADER.marker).send(batch);
    expect(JSON.parse(t.sent[0]!.body!).requests.map((r: { body: { displayName: string } }) => r.body.displayName)).toEqual(['in a batch gcrun-abc123', 'too gcrun-abc123']);
    expect(l.pending().map((e) => e.url).sort()).toEqual(['/beta/things/t1', '/beta/things/t2']);
    await cleanupLedger(l, t.transport);
    expect(t.store.size).toBe(0);
  });

  it('reports an unknown create that carries no marker once, without touching anything', async () => {
    const t = tenant();
    const l = ledger();
    t.state.swallow = true;
    await expect(recordingTransport(t.transport, l, matchers, HEADER.marker).send({ ...post, body: '{"count":1}' })).rejects.toThrow();
    const report = await cleanupLedger(l, t.transport);
    expect(formatCleanup(report)).toContain('cleanup: POST /beta/things: outcome unknown; its answer never came and its body has no property to carry the run marker: look at /beta/things by hand');
    expect(t.sent.filter((r) => r.method !== 'POST')).toEqual([]);
    expect((await cleanupLedger(l, t.transport)).unknown).toEqual([]);
  });

  it('never deletes a ledger URL that is not a Graph path', async () => {
    const t = tenant();
    const l = ledger();
    for (const url of ['https://evil.example/beta/x', '/beta/../admin', '/other/x', '/beta/x?$filter=y', '//evil.example/beta/x']) l.created({ url, createdBy: 'edited by hand' });
    const report = await cleanupLedger(l, t.transport);
    expect(report.failed.map((f) => f.reason)).toEqual(Array(5).fill('refused: not a path under /beta or /v1.0 of the Graph base URL'));
    expect(t.sent).toEqual([]);
    expect(isGraphPath("/v1.0/teams('t1')")).toBe(true);
  });
});
