import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AuthSource } from '../../auth/types.js';
import { createHttpTransport } from '../http.js';
import { createLiveTransport } from '../live.js';
import type { HttpResponse } from '../types.js';

// Recorded answers, replayed byte for byte by a raw TCP server: what the supertest transport (the
// mock's) and the fetch transport (a tenant's) make of the same bytes must be the same response.
const json = '{"@odata.context":"https://graph.microsoft.com/beta/$metadata#users/$entity","id":"1","displayName":"Adele Vance"}';
const head = (status: string, headers: string[], body: Buffer) => Buffer.concat([Buffer.from([`HTTP/1.1 ${status}`, ...headers, `Content-Length: ${body.length}`, 'Connection: close', '', ''].join('\r\n')), body]);
const GRAPH = ['request-id: 4f0a6b1e-1d2c-4c5b-9f8e-7a6b5c4d3e2f', 'client-request-id: 4f0a6b1e-1d2c-4c5b-9f8e-7a6b5c4d3e2f', 'Date: Mon, 23 Nov 2026 17:00:00 GMT', 'x-ms-ags-diagnostic: {"ServerInfo":{"DataCenter":"West Europe"}}'];
const RECORDED: Record<string, Buffer> = {
  entity: head('200 OK', ['Content-Type: application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8', ...GRAPH], Buffer.from(json)),
  'json labelled text': head('200 OK', ['Content-Type: text/plain', ...GRAPH], Buffer.from(json)),
  'json string': head('200 OK', ['Content-Type: application/json', ...GRAPH], Buffer.from('"a string"')),
  '$count as text': head('200 OK', ['Content-Type: text/plain', ...GRAPH], Buffer.from('42')),
  'no content': head('204 No Content', GRAPH, Buffer.alloc(0)),
  'json cut short': head('200 OK', ['Content-Type: application/json', ...GRAPH], Buffer.from('{"value":[{"id":')),
  'repeated headers': head('200 OK', ['Content-Type: application/json', 'Set-Cookie: a=1; Path=/', 'Set-Cookie: b=2; Path=/', 'Warning: 199 - "one"', 'Warning: 199 - "two"', 'X-Custom: x', 'x-custom: y', ...GRAPH], Buffer.from('{}')),
  'byte-order mark': head('200 OK', ['Content-Type: application/json; charset=utf-8', ...GRAPH], Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(json)])),
  'not utf-8': head('200 OK', ['Content-Type: text/plain; charset=iso-8859-1', ...GRAPH], Buffer.from([0x63, 0x61, 0x66, 0xe9])),
  gzip: head('200 OK', ['Content-Type: application/json', 'Content-Encoding: gzip', ...GRAPH], gzipSync(json)),
  throttled: head('429 Too Many Requests', ['Content-Type: application/json', 'Retry-After: 0.5', ...GRAPH], Buffer.from('{"error":{"code":"TooManyRequests","message":"Too many requests."}}')),
  'error envelope': head('404 Not Found', ['Content-Type: application/json', ...GRAPH], Buffer.from('{"error":{"code":"Request_ResourceNotFound","message":"Resource \'x\' does not exist."}}')),
};

let server: Server;
let baseUrl: string;
beforeAll(async () => {
  server = createServer((socket) => {
    let seen = '';
    socket.on('data', (chunk: Buffer) => {
      seen += chunk.toString('latin1');
      if (!seen.includes('\r\n\r\n')) return;
      const name = decodeURIComponent(/^GET \/beta\/([^ ?]+)/.exec(seen)?.[1] ?? '');
      socket.end(RECORDED[name] ?? head('400 Bad Request', [], Buffer.from('unknown recording')));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const auth: AuthSource = { kind: 'application', flow: 'token', headers: async () => ({ authorization: 'Bearer t' }) };
const withoutTime = ({ elapsedMs: _elapsedMs, ...rest }: HttpResponse) => rest;

describe('one normalised response for the same recorded answer, whichever transport', () => {
  test.for(Object.keys(RECORDED))('%s', async (name) => {
    const request = { method: 'GET', url: `/beta/${encodeURIComponent(name)}`, headers: {} };
    const viaSupertest = await createHttpTransport({ kind: 'mock', baseUrl }).send(request);
    const viaFetch = await createLiveTransport({ baseUrl, auth, timeoutMs: 5000 }).send(request);
    expect(withoutTime(viaFetch)).toEqual(withoutTime(viaSupertest));
    expect(viaSupertest.status).not.toBe(400);
  });

  test('the normalised response is what the checks rely on', async () => {
    const send = (name: string) => createLiveTransport({ baseUrl, auth, timeoutMs: 5000 }).send({ method: 'GET', url: `/beta/${encodeURIComponent(name)}`, headers: {} });
    expect((await send('json labelled text')).json).toEqual(JSON.parse(json));
    expect((await send('json string')).json).toBe('a string');
    expect((await send('$count as text')).json).toBeUndefined();
    expect((await send('json cut short')).json).toBeUndefined();
    expect((await send('gzip')).json).toEqual(JSON.parse(json));
    const repeated = await send('repeated headers');
    expect(repeated.headers).toMatchObject({ 'set-cookie': 'a=1; Path=/, b=2; Path=/', warning: '199 - "one", 199 - "two"', 'x-custom': 'x, y' });
    expect((await send('byte-order mark')).text.startsWith('\uFEFF')).toBe(true);
  });
});
