import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SEED_ID, startMockServer, type RunningMock } from '../index.js';
import { usersSet } from './__fixtures__/usersSet.js';
import { send } from './__helpers__/send.js';

// Bad input never takes the mock down: each case gets Graph's error envelope, and the mock
// still answers a normal request afterwards.
let mock: RunningMock;
beforeAll(async () => {
  mock = await startMockServer(usersSet(), { maxConnections: 5 });
});
afterAll(() => mock.close());

const port = () => Number(new URL(mock.url).port);
const healthy = async () => expect((await send(mock.url, { method: 'GET', url: `/v1.0/users/${SEED_ID}`, headers: { authorization: 'Bearer t' } })).status).toBe(200);

/** Writes raw bytes on a fresh connection and reads what comes back until the mock closes it. */
function raw(text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port(), '127.0.0.1', () => socket.end(text));
    let out = '';
    socket.on('data', (d) => (out += d.toString('utf8')));
    socket.on('close', () => resolve(out));
    socket.on('error', reject);
  });
}

const envelope = (text: string) => JSON.parse(text.slice(text.indexOf('\r\n\r\n') + 4)) as { error: { code: string; message: string } };

describe('bad input', () => {
  test('a JSON body nested 100,000 levels deep is a 400 in Graph\'s envelope', async () => {
    const body = '['.repeat(100_000) + ']'.repeat(100_000);
    const res = await send(mock.url, { method: 'POST', url: '/v1.0/users', headers: { authorization: 'Bearer t', 'content-type': 'application/json' }, body });
    expect(res.status).toBe(400);
    expect(res.json?.error).toMatchObject({ code: 'BadRequest', message: expect.stringContaining('nested more than 100 levels') });
    await healthy();
  });

  test('deep nesting inside a JSON $batch is a 400 too', async () => {
    const inner = '{"a":'.repeat(5000) + '1' + '}'.repeat(5000);
    const body = `{"requests":[{"id":"1","method":"POST","url":"/users","headers":{"content-type":"application/json"},"body":${inner}}]}`;
    const res = await send(mock.url, { method: 'POST', url: '/v1.0/$batch', headers: { authorization: 'Bearer t', 'content-type': 'application/json' }, body });
    expect(res.status).toBe(400);
    expect(res.json?.error).toMatchObject({ code: 'BadRequest' });
  });

  test('an unknown method is answered 405 in Graph\'s envelope', async () => {
    const text = await raw('FROBNICATE /v1.0/users HTTP/1.1\r\nHost: x\r\n\r\n');
    expect(text).toMatch(/^HTTP\/1\.1 405 /);
    expect(envelope(text).error.code).toBe('MethodNotAllowed');
    await healthy();
  });

  test('a known method the docs do not document for a path is 405 with Allow', async () => {
    const res = await send(mock.url, { method: 'OPTIONS', url: '/v1.0/users', headers: { authorization: 'Bearer t' } });
    expect(res.status).toBe(405);
    expect(res.json?.error).toMatchObject({ code: 'MethodNotAllowed' });
  });

  test('oversized headers are answered 431 in Graph\'s envelope', async () => {
    const text = await raw(`GET /v1.0/users HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(64 * 1024)}\r\n\r\n`);
    expect(text).toMatch(/^HTTP\/1\.1 431 /);
    expect(envelope(text).error.code).toBe('BadRequest');
    await healthy();
  });

  test('a malformed header line is answered 400 in Graph\'s envelope', async () => {
    const text = await raw('GET /v1.0/users HTTP/1.1\r\nHost: x\r\nno colon here\r\n\r\n');
    expect(text).toMatch(/^HTTP\/1\.1 400 /);
    expect(envelope(text).error.code).toBe('BadRequest');
    await healthy();
  });
});

describe('connection cap', () => {
  test('connections beyond the cap get 503 with Retry-After, and the mock stays up', async () => {
    const held: Socket[] = [];
    try {
      // Hold the cap's worth of idle connections open.
      for (let i = 0; i < 5; i++) held.push(await new Promise<Socket>((resolve) => { const s = connect(port(), '127.0.0.1', () => resolve(s)); }));
      await new Promise((r) => setTimeout(r, 50));
      const text = await raw(`GET /v1.0/users/${SEED_ID} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer t\r\n\r\n`);
      expect(text).toMatch(/^HTTP\/1\.1 503 /);
      expect(text).toMatch(/\r\nretry-after: 1\r\n/i);
      expect(envelope(text).error.code).toBe('ServiceUnavailable');
    } finally {
      for (const s of held) s.destroy();
    }
    await new Promise((r) => setTimeout(r, 50));
    await healthy();
  });
});
