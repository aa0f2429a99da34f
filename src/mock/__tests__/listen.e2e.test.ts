import { request } from 'node:https';
import { describe, expect, test } from 'vitest';
import { MockPortInUseError } from '../../errors.js';
import { requestFor, startMockServer } from '../index.js';
import { seedSet } from './__fixtures__/seedSet.js';

const set = seedSet();

function httpsGet(url: string, ca: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { ca, headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('listening', () => {
  test('HTTPS with a generated certificate, trusted by a client given that certificate, checking the token', async () => {
    const mock = await startMockServer(set, { https: 'generate', acceptToken: (t) => t === 'issued-token' });
    try {
      expect(mock.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      const get = requestFor(set.contracts[0]!);
      const ok = await httpsGet(mock.url + get.url, mock.certificate!, { authorization: 'Bearer issued-token' });
      expect(ok.status).toBe(200);
      expect(JSON.parse(ok.body)).toHaveProperty('status');
      expect((await httpsGet(mock.url + get.url, mock.certificate!, { authorization: 'Bearer other' })).status).toBe(401);
      await expect(httpsGet(mock.url + get.url, '', {})).rejects.toThrow();
    } finally {
      await mock.close();
    }
  });

  test('a port in use is a MockPortInUseError naming the port', async () => {
    const first = await startMockServer(set);
    const port = Number(new URL(first.url).port);
    try {
      const second = startMockServer(set, { port });
      await expect(second).rejects.toBeInstanceOf(MockPortInUseError);
      await expect(second).rejects.toMatchObject({ code: 'MOCK_PORT_IN_USE', message: expect.stringContaining(String(port)) });
    } finally {
      await first.close();
    }
  });
});
