import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ContractSet } from '../../../contracts/types.js';

/** Break modes of the fake target, chosen per request with the `x-drift` header. */
export type FakeDrift = 'missing-required' | 'bad-enum' | 'wrong-type' | 'bad-date' | 'status' | 'content-type' | 'empty' | 'throttle' | 'reset';

export interface FakeTarget {
  url: string;
  requests: { method: string; url: string; headers: Record<string, unknown> }[];
  close(): Promise<void>;
}

const PROFILE = 'p-1';

/**
 * A tiny stand-in for the mock tenant: answers each contract's documented status with a valid
 * body, lists `/beta/education/synchronizationProfiles`, and breaks answers on request.
 */
export async function startFakeTarget(set: ContractSet): Promise<FakeTarget> {
  const requests: FakeTarget['requests'] = [];
  const throttled = new Set<string>();
  const server = createServer((req, res) => {
    requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    req.resume();
    req.on('end', () => answer(set, req, res, throttled));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}

function answer(set: ContractSet, req: IncomingMessage, res: ServerResponse, throttled: Set<string>): void {
  const path = (req.url ?? '').split('?')[0] as string;
  const drift = req.headers['x-drift'] as FakeDrift | undefined;
  const send = (status: number, body?: unknown, type = 'application/json'): void => {
    res.writeHead(status, { 'Content-Type': type, 'request-id': 'req-1', 'client-request-id': String(req.headers['client-request-id'] ?? '') });
    res.end(body === undefined ? '' : JSON.stringify(body));
  };
  if (drift === 'reset') return void req.socket.destroy();
  if (drift === 'throttle' && !throttled.has(req.url ?? '')) {
    throttled.add(req.url ?? '');
    res.writeHead(429, { 'Retry-After': '0.05', 'Content-Type': 'application/json' });
    return void res.end(JSON.stringify({ error: { code: 'TooManyRequests', message: 'slow down' } }));
  }
  if (req.method === 'GET' && path === '/beta/education/synchronizationProfiles') return send(200, { value: [{ id: PROFILE }] });
  if (req.method === 'DELETE') return send(204);
  const contract = set.contracts.find((c) => {
    const pattern = new RegExp(`^/beta${c.request.path.replace(/\{[^}]+\}/g, '[^/]+')}$`);
    return c.request.method === req.method && pattern.test(path);
  });
  if (!contract) return send(404, { error: { code: 'itemNotFound', message: `no route ${path}` } });
  if (path.includes('/synchronizationProfiles/') && !path.includes(`/${PROFILE}/`)) return send(404, { error: { code: 'itemNotFound', message: 'unknown id' } });
  const body: Record<string, unknown> = { '@odata.context': 'https://graph.microsoft.com/beta/$metadata#x/$entity', id: 'x-1', status: 'paused', lastSynchronizationDateTime: '2021-07-13T20:55:17Z' };
  if (drift === 'missing-required') delete body.id;
  if (drift === 'bad-enum') body.status = 'String';
  if (drift === 'wrong-type') body.lastSynchronizationDateTime = 42;
  if (drift === 'bad-date') body.lastSynchronizationDateTime = 'String (timestamp)';
  if (drift === 'empty') return send(contract.response.status);
  if (drift === 'content-type') return send(contract.response.status, body, 'text/plain');
  send(drift === 'status' ? 299 : contract.response.status, body);
}
