import { describe, expect, it } from 'vitest';
import type { HttpRequest, Transport } from '../../transport/types.js';
import type { RunPolicy } from '../gate.js';
import { writeGuard } from '../writeGuard.js';

const TENANT = '11111111-2222-3333-4444-555555555555';
const policy: RunPolicy = { target: 'live', authKind: 'application', allowWrites: false, tenantId: TENANT, writeTenants: [TENANT], expectDenied: false };

function recorder(): Transport & { sent: HttpRequest[] } {
  const sent: HttpRequest[] = [];
  return { kind: 'live', baseUrl: 'https://graph.example', sent, send: async (r) => (sent.push(r), { status: 200, headers: {}, text: '', elapsedMs: 0 }) };
}

describe('writeGuard', () => {
  it('sends reads and refuses writes of a read-only run without sending them', async () => {
    const inner = recorder();
    const guarded = writeGuard(inner, policy);
    await guarded.send({ method: 'GET', url: '/beta/things?$top=1', headers: {} });
    await expect(guarded.send({ method: 'put', url: '/beta/things?x=1', headers: {} })).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
      setting: '--allow-writes',
      message: 'refused to send PUT /beta/things: PUT writes to the tenant; live runs are read-only without --allow-writes',
    });
    expect(inner.sent.map((r) => r.method)).toEqual(['GET']);
  });

  it('refuses writes to a tenant outside GRAPH_WRITE_TENANTS and sends them when it is listed', async () => {
    const inner = recorder();
    await expect(writeGuard(inner, { ...policy, allowWrites: true, writeTenants: [] }).send({ method: 'DELETE', url: '/beta/things/1', headers: {} })).rejects.toThrow(/not listed in GRAPH_WRITE_TENANTS/);
    await writeGuard(inner, { ...policy, allowWrites: true }).send({ method: 'DELETE', url: '/beta/things/1', headers: {} });
    expect(inner.sent.map((r) => r.method)).toEqual(['DELETE']);
  });
});
