import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createHttpTransport } from '../http.js';

let server: Server;
let baseUrl: string;
const seen: { method?: string; url?: string; headers: Record<string, unknown>; body: string }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      seen.push({ method: req.method, url: req.url, headers: req.headers, body });
      if (req.url === '/beta/text') return res.writeHead(200, { 'Content-Type': 'text/plain' }).end('{"looks":"json"}');
      if (req.url === '/beta/reset') return req.socket.destroy();
      res.writeHead(req.url === '/beta/missing' ? 404 : 201, { 'Content-Type': 'application/json', 'Request-Id': 'r-1' });
      res.end(JSON.stringify({ echo: body ? JSON.parse(body) : null }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('createHttpTransport', () => {
  test('sends method, headers (plus provided ones) and body; normalizes the response', async () => {
    const t = createHttpTransport({ kind: 'live', baseUrl: `${baseUrl}/`, headers: async () => ({ Authorization: 'Bearer t' }) });
    const res = await t.send({ method: 'POST', url: '/beta/things?$top=1', headers: { 'Content-Type': 'application/json' }, body: '{"a":1}' });
    expect(res).toMatchObject({ status: 201, json: { echo: { a: 1 } }, headers: { 'request-id': 'r-1', 'content-type': 'application/json' } });
    expect(res.text).toBe('{"echo":{"a":1}}');
    expect(res.elapsedMs).toBeGreaterThan(0);
    expect(seen.at(-1)).toMatchObject({ method: 'POST', url: '/beta/things?$top=1', body: '{"a":1}', headers: { authorization: 'Bearer t' } });
  });

  test('error statuses resolve; any body that parses is offered as JSON', async () => {
    const t = createHttpTransport({ kind: 'mock', baseUrl });
    await expect(t.send({ method: 'GET', url: '/beta/missing', headers: {} })).resolves.toMatchObject({ status: 404 });
    await expect(t.send({ method: 'GET', url: '/beta/text', headers: {} })).resolves.toMatchObject({ status: 200, json: { looks: 'json' }, headers: { 'content-type': 'text/plain' } });
  });

  test('a reset connection rejects with its code', async () => {
    const t = createHttpTransport({ kind: 'mock', baseUrl });
    await expect(t.send({ method: 'GET', url: '/beta/reset', headers: {} })).rejects.toMatchObject({ code: 'ECONNRESET' });
  });
});
