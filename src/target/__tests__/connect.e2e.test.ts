import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Ledger } from '../../live/ledger.js';
import { connectTarget } from '../connect.js';
import type { TargetDescription } from '../types.js';

describe('connectTarget (a suite worker)', () => {
  it('reopens a live target from its description: settings file, write policy, the run ledger', async () => {
    const server = createServer((req, res) => {
      res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ id: 'new-1', auth: req.headers.authorization }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const dir = mkdtempSync(join(tmpdir(), 'gc-connect-'));
    const envFile = join(dir, 'worker.env');
    const token = 'eyJhbGciOiJub25lIn0.eyJyb2xlcyI6WyJhIl19.';
    const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    writeFileSync(envFile, `AZURE_TENANT_ID=contoso.onmicrosoft.com\nGRAPH_ACCESS_TOKEN=${token}\nGRAPH_WRITE_TENANTS=contoso.onmicrosoft.com\nGRAPH_BASE_URL=${baseUrl}\n`);
    const describe = (allowWrites: boolean, ledgerPath: string): TargetDescription => ({
      kind: 'live', baseUrl, headers: {}, skips: {}, expectDenied: [],
      live: { envFile, cwd: dir, allowWrites, expectDenied: false, ledgerPath, runId: 'run-1', creates: { singleValued: [], asyncCreates: [], collections: ['^/beta/things/?$'], puts: [] } },
    });
    try {
      const ledger = join(dir, 'run.jsonl');
      const res = await connectTarget(describe(true, ledger)).send({ method: 'POST', url: '/beta/things', headers: {} });
      expect(res.json).toEqual({ id: 'new-1', auth: `Bearer ${token}` });
      expect(new Ledger(ledger).pending()).toEqual([{ url: '/beta/things/new-1', createdBy: 'POST /beta/things' }]);
      // Writes other than creates: to what the run created (the ledger says), not to anything else.
      await connectTarget(describe(true, ledger)).send({ method: 'PATCH', url: '/beta/things/new-1', headers: {} });
      await expect(connectTarget(describe(true, ledger)).send({ method: 'PATCH', url: '/beta/things/old-1', headers: {} })).rejects.toMatchObject({ code: 'WRITE_REFUSED' });
      // The description is all a worker has: a read-only run stays read-only there too.
      const readOnly = connectTarget(describe(false, join(dir, 'ro.jsonl')));
      await expect(readOnly.send({ method: 'POST', url: '/beta/things', headers: {} })).rejects.toMatchObject({ code: 'CONFIG_INVALID' });
    } finally {
      server.close();
    }
  });
});
