import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { bearerAuth } from '../../auth/authSource.js';
import type { TokenSource } from '../../auth/types.js';
import { TenantUnreachableError } from '../../errors.js';
import { createLiveTransport } from '../live.js';

type Handler = (req: IncomingMessage, res: ServerResponse, n: number) => void;
let server: Server | undefined;
const seen: IncomingMessage[] = [];

async function serve(handler: Handler): Promise<string> {
  seen.length = 0;
  server = createServer((req, res) => {
    seen.push(req);
    handler(req, res, seen.length);
  });
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
afterEach(() => new Promise<void>((r) => (server ? server.close(() => r()) : r())));

function tokens(): TokenSource & { forced: number } {
  let n = 0;
  return {
    kind: 'application', flow: 'client-secret', forced: 0,
    async getToken({ forceRefresh = false } = {}) {
      if (forceRefresh) this.forced++;
      return { token: `token-${forceRefresh ? ++n : n}` };
    },
  };
}

const transport = (baseUrl: string, t = tokens()) => createLiveTransport({ baseUrl, auth: bearerAuth(t), timeoutMs: 2000 });
const get = { method: 'GET', url: '/beta/things?$top=1', headers: { accept: 'application/json' } };

describe('live transport', () => {
  it('sends the bearer token and a fresh client-request-id, and keeps the diagnostic headers', async () => {
    const base = await serve((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'request-id': 'r-1', date: 'Mon, 23 Nov 2026 17:00:00 GMT', 'x-ms-ags-diagnostic': '{"ServerInfo":{}}' });
      res.end(JSON.stringify({ value: [] }));
    });
    const t = transport(base);
    const res = await t.send(get);
    await t.send(get);
    expect(res).toMatchObject({ status: 200, json: { value: [] }, headers: { 'request-id': 'r-1', 'x-ms-ags-diagnostic': '{"ServerInfo":{}}' } });
    expect(res.headers.date).toBe('Mon, 23 Nov 2026 17:00:00 GMT');
    expect(seen[0]!.url).toBe('/beta/things?$top=1');
    expect(seen[0]!.headers.authorization).toBe('Bearer token-0');
    expect(seen[0]!.headers.accept).toBe('application/json');
    const ids = seen.map((r) => r.headers['client-request-id']);
    expect(ids[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[1]).not.toBe(ids[0]);
  });

  it('refreshes the token once on 401 and retries', async () => {
    const base = await serve((req, res) => res.writeHead(req.headers.authorization === 'Bearer token-1' ? 200 : 401).end());
    const t = tokens();
    expect((await transport(base, t).send(get)).status).toBe(200);
    expect(t.forced).toBe(1);
    expect(seen.map((r) => r.headers.authorization)).toEqual(['Bearer token-0', 'Bearer token-1']);
  });

  it('returns a second 401 instead of looping', async () => {
    const base = await serve((_req, res) => res.writeHead(401).end());
    const t = tokens();
    expect((await transport(base, t).send(get)).status).toBe(401);
    expect(seen).toHaveLength(2);
  });

  it("keeps the caller's client-request-id and never a second Authorization", async () => {
    const base = await serve((_req, res) => res.writeHead(204).end());
    await transport(base).send({ ...get, headers: { 'Client-Request-Id': 'mine', Authorization: 'Bearer stale' } });
    expect(seen[0]!.headers['client-request-id']).toBe('mine');
    expect(seen[0]!.headers.authorization).toBe('Bearer token-0');
  });

  it('turns a refused connection into one TenantUnreachableError line', async () => {
    const base = await serve(() => undefined);
    await new Promise<void>((r) => server!.close(() => r()));
    server = undefined;
    const err = await transport(base).send(get).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TenantUnreachableError);
    expect((err as Error).message).toBe(`cannot reach ${base}/beta/things: ECONNREFUSED`);
  });

  it('sends a GET with the body the docs document, as documented (Content-Length, no chunks)', async () => {
    const bodies: string[] = [];
    const base = await serve((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString('utf8')));
      req.on('end', () => {
        bodies.push(body);
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"address":"A1"}');
      });
    });
    const t = transport(base);
    const body = JSON.stringify({ address: 'A1:B2' });
    const res = await t.send({ method: 'GET', url: '/beta/me/drive/items/1/workbook/worksheets/2/range', headers: { 'content-type': 'application/json' }, body });
    // The same connection carries the next request too (undici closes it after a GET body).
    await t.send(get);
    expect(res).toMatchObject({ status: 200, json: { address: 'A1' } });
    expect(seen[0]!.method).toBe('GET');
    expect(seen[0]!.headers['content-length']).toBe(String(Buffer.byteLength(body)));
    expect(seen[0]!.headers['transfer-encoding']).toBeUndefined();
    expect(bodies).toEqual([body, '']);
    expect(seen[1]!.headers['content-length']).toBeUndefined();
  });

  it('decodes a compressed answer, keeps repeated headers and does not follow a redirect', async () => {
    const base = await serve((_req, res) => {
      res.writeHead(302, [['content-type', 'application/json'], ['content-encoding', 'gzip'], ['location', '/elsewhere'], ['set-cookie', 'a=1'], ['set-cookie', 'b=2']]);
      res.end(gzipSync('{"value":[1]}'));
    });
    const res = await transport(base).send(get);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.headers['accept-encoding']).toBe('gzip, deflate, br');
    expect(res).toMatchObject({ status: 302, json: { value: [1] }, headers: { location: '/elsewhere', 'set-cookie': 'a=1, b=2' } });
  });

  it('gives up on a tenant that sends headers but never the body, naming the time allowed', async () => {
    const base = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      res.write('{"val');
    });
    const t = createLiveTransport({ baseUrl: base, auth: bearerAuth(tokens()), timeoutMs: 300 });
    const err = await t.send(get).catch((e: unknown) => e);
    expect((err as Error).message).toBe(`cannot reach ${base}/beta/things: no answer within 300 ms`);
    server!.closeAllConnections();
  });
});
