import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HttpRequest, Transport } from '../../transport/types.js';
import type { CreateMatchers } from '../created.js';
import type { RunPolicy } from '../gate.js';
import { Ledger } from '../ledger.js';
import { disposableOf } from '../targets.js';
import { writeGuard } from '../writeGuard.js';

const TENANT = '11111111-2222-3333-4444-555555555555';
const readOnly: RunPolicy = { target: 'live', authKind: 'application', allowWrites: false, tenantId: TENANT, writeTenants: [TENANT], expectDenied: false };
const writes: RunPolicy = { ...readOnly, allowWrites: true };
const matchers: CreateMatchers = { singleValued: [], asyncCreates: [], collections: [/^\/beta\/things\/?$/i], puts: [] };

function recorder(): Transport & { sent: string[] } {
  const sent: string[] = [];
  return { kind: 'live', baseUrl: 'https://graph.example', sent, send: async (r) => (sent.push(`${r.method} ${r.url}`), { status: 200, headers: {}, text: '', elapsedMs: 0 }) };
}

function guard(policy: RunPolicy, disposable = disposableOf(undefined)) {
  const inner = recorder();
  const ledger = new Ledger(join(mkdtempSync(join(tmpdir(), 'gc-guard-')), 'run.jsonl'));
  return { inner, ledger, t: writeGuard(inner, { policy, matchers, ledger, disposable }) };
}

const req = (method: string, url: string, headers: Record<string, string> = {}, body?: unknown): HttpRequest => ({ method, url, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
const batch = (...requests: { method: string; url: string; headers?: Record<string, string> }[]) => req('POST', '/beta/$batch', {}, { requests: requests.map((r, i) => ({ id: String(i + 1), ...r })) });

describe('writeGuard: a read-only run sends GETs only', () => {
  it('sends a GET and refuses every other request before it leaves', async () => {
    const { inner, t } = guard(readOnly);
    await t.send(req('GET', '/beta/things?$top=1'));
    await expect(t.send(req('put', '/beta/things?x=1'))).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
      setting: '--allow-writes',
      message: 'refused to send PUT /beta/things: PUT writes to the tenant; live runs are read-only without --allow-writes',
    });
    for (const r of [req('HEAD', '/beta/things'), req('OPTIONS', '/beta/things'), batch({ method: 'GET', url: '/things' })]) await expect(t.send(r)).rejects.toMatchObject({ code: 'CONFIG_INVALID' });
    expect(inner.sent).toEqual(['GET /beta/things?$top=1']);
  });

  it.each(['X-HTTP-Method-Override', 'x-http-method', 'X-Method-Override'])('counts a GET with %s: DELETE as a DELETE', async (header) => {
    const { inner, t } = guard(readOnly);
    await expect(t.send(req('GET', '/beta/things/1', { [header]: 'DELETE' }))).rejects.toThrow('refused to send GET /beta/things/1: DELETE writes to the tenant; live runs are read-only without --allow-writes');
    await t.send(req('GET', '/beta/things/1', { [header]: 'GET' }));
    expect(inner.sent).toEqual(['GET /beta/things/1']);
  });

  it('refuses writes to a tenant outside GRAPH_WRITE_TENANTS', async () => {
    const { inner, t } = guard({ ...writes, writeTenants: [] });
    await expect(t.send(req('POST', '/beta/things'))).rejects.toThrow(/not listed in GRAPH_WRITE_TENANTS/);
    expect(inner.sent).toEqual([]);
  });
});

describe('writeGuard: with writes allowed, writes go only to what the run created or the fixtures hand over', () => {
  it('sends creates anywhere, and other writes only at or below a resource the ledger says the run created', async () => {
    const { inner, ledger, t } = guard(writes);
    await t.send(req('POST', '/beta/things'));
    for (const r of [req('PATCH', '/beta/things/old'), req('DELETE', '/beta/things/old'), req('POST', '/beta/things/old/archive'), req('GET', '/beta/things/old', { 'X-HTTP-Method-Override': 'PATCH' })]) {
      await expect(t.send(r)).rejects.toMatchObject({ code: 'WRITE_REFUSED', message: /writes to a resource this run did not create/ });
    }
    ledger.created({ url: '/beta/things/new-1', createdBy: 'POST /beta/things' });
    await t.send(req('PATCH', '/beta/things/new-1'));
    await t.send(req('PATCH', "/beta/things('new-1')"));
    await t.send(req('DELETE', '/beta/things/new-1/parts/p'));
    await t.send(req('POST', '/beta/things/NEW-1/archive'));
    await expect(t.send(req('PATCH', '/beta/things/new-10'))).rejects.toMatchObject({ code: 'WRITE_REFUSED' });
    expect(inner.sent).toEqual(['POST /beta/things', 'PATCH /beta/things/new-1', "PATCH /beta/things('new-1')", 'DELETE /beta/things/new-1/parts/p', 'POST /beta/things/NEW-1/archive']);
  });

  it('sends writes to ids and templates the fixtures mark disposable', async () => {
    const { inner, t } = guard(writes, disposableOf({ params: { deviceId: 'dev-9' }, paths: { '/me/settings': {} } }));
    await t.send(req('POST', '/beta/devices/dev-9/wipe'));
    await t.send(req('PATCH', '/v1.0/me/settings'));
    await expect(t.send(req('POST', '/beta/devices/dev-1/wipe'))).rejects.toMatchObject({ code: 'WRITE_REFUSED' });
    await expect(t.send(req('PATCH', '/v1.0/me'))).rejects.toMatchObject({ code: 'WRITE_REFUSED' });
    expect(inner.sent).toEqual(['POST /beta/devices/dev-9/wipe', 'PATCH /v1.0/me/settings']);
  });

  it('judges a $batch by each inner request', async () => {
    const { inner, ledger, t } = guard(writes);
    ledger.created({ url: '/beta/things/mine', createdBy: 'POST /beta/things' });
    await t.send(batch({ method: 'GET', url: '/things/old' }, { method: 'POST', url: '/things' }, { method: 'PATCH', url: 'things/mine' }));
    await expect(t.send(batch({ method: 'GET', url: '/things/old' }, { method: 'DELETE', url: '/things/old' }))).rejects.toThrow(/inner request 2: DELETE \/beta\/things\/old writes to a resource this run did not create/);
    await expect(t.send(batch({ method: 'GET', url: '/things/old', headers: { 'X-HTTP-Method-Override': 'DELETE' } }))).rejects.toThrow(/inner request 1: DELETE/);
    await expect(t.send(req('POST', '/beta/$batch', {}, 'not a batch'))).rejects.toThrow(/cannot be judged per request/);
    await expect(t.send(batch({ method: 'GET', url: 'https://elsewhere.example/things' }))).rejects.toThrow(/not relative to the service/);
    expect(inner.sent).toEqual(['POST /beta/$batch']);
  });

  it('refuses everything once the run is interrupted', async () => {
    const { inner, ledger, t } = guard(writes);
    ledger.stop();
    await expect(t.send(req('GET', '/beta/things'))).rejects.toMatchObject({ code: 'RUN_INTERRUPTED' });
    await expect(t.send(req('POST', '/beta/things'))).rejects.toMatchObject({ code: 'RUN_INTERRUPTED' });
    expect(inner.sent).toEqual([]);
  });
});
