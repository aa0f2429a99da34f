import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Ledger } from '../ledger.js';
import { WORKER_MODULE } from '../runTarget.js';
import { authHeaders, createTransport, WORKER_ENV } from '../worker.js';

describe('worker hand-off', () => {
  it('builds the transport from the env file and ledger the parent named, and records creates there', async () => {
    const server = createServer((req, res) => {
      res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ id: 'new-1', auth: req.headers.authorization }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const dir = mkdtempSync(join(tmpdir(), 'gc-worker-'));
    const envFile = join(dir, 'worker.env');
    const token = 'eyJhbGciOiJub25lIn0.eyJyb2xlcyI6WyJhIl19.';
    writeFileSync(envFile, `AZURE_TENANT_ID=contoso.onmicrosoft.com\nGRAPH_ACCESS_TOKEN=${token}\nGRAPH_WRITE_TENANTS=contoso.onmicrosoft.com\nGRAPH_BASE_URL=http://127.0.0.1:${(server.address() as AddressInfo).port}\n`);
    process.env[WORKER_ENV.envFile] = envFile;
    process.env[WORKER_ENV.ledger] = join(dir, 'run.jsonl');
    process.env[WORKER_ENV.allowWrites] = '1';
    try {
      const res = await createTransport().send({ method: 'POST', url: '/beta/things', headers: {} });
      expect(res.json).toEqual({ id: 'new-1', auth: `Bearer ${token}` });
      expect(new Ledger(join(dir, 'run.jsonl')).pending()).toEqual([{ url: '/beta/things/new-1', createdBy: 'POST /beta/things' }]);
      expect(await authHeaders()).toEqual({ authorization: `Bearer ${token}` });
      expect(WORKER_MODULE).toMatch(/src\/live\/worker\.ts$/);
    } finally {
      delete process.env[WORKER_ENV.envFile];
      delete process.env[WORKER_ENV.ledger];
      delete process.env[WORKER_ENV.allowWrites];
      server.close();
    }
  });
});
