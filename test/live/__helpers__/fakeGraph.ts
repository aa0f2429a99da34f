import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';

/**
 * A minimal Graph stand-in over HTTPS for the live path's own tests: bearer tokens checked against
 * what the fake identity platform issued, an in-memory store under `/beta/things`, Graph's
 * diagnostic headers and error envelope, and optional 429s.
 */
export interface FakeGraph {
  url: string;
  /** Resources by URL path. */
  store: Map<string, unknown>;
  /** Every request: method, path, headers. */
  requests: { method: string; path: string; headers: IncomingMessage['headers'] }[];
  /** Answer DELETE with 403 (an app that may create but not delete). */
  denyDeletes: boolean;
  /** Makes every token issued so far invalid (as after a key rollover). */
  revokeAll(): void;
  /** Revokes the next token presented (as if it expired in flight). */
  revokeNext: boolean;
  close(): Promise<void>;
}

export async function startFakeGraph(options: { cert: string; key: string; issued: () => string[]; delayMs?: number }): Promise<FakeGraph> {
  const store = new Map<string, unknown>();
  const requests: FakeGraph['requests'] = [];
  const revoked = new Set<string>();
  let server: Server | undefined;
  server = createServer({ cert: options.cert, key: options.key }, (req, res) => {
    void (async () => {
      const path = new URL(req.url ?? '/', 'https://x').pathname;
      requests.push({ method: req.method ?? '', path, headers: req.headers });
      const body = await readBody(req);
      if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
      const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
      if (token && fake.revokeNext) {
        revoked.add(token);
        fake.revokeNext = false;
      }
      if (!token || !options.issued().includes(token) || revoked.has(token)) return send(req, res, 401, envelope('InvalidAuthenticationToken', 'Access token validation failure.'));
      handle(req, res, path, body);
    })();
  });

  function handle(req: IncomingMessage, res: ServerResponse, path: string, body: string) {
    if (req.method === 'POST' && path === '/beta/things') {
      const id = randomUUID();
      const entity = { id, ...(body ? (JSON.parse(body) as object) : {}) };
      store.set(`${path}/${id}`, entity);
      return send(req, res, 201, entity, { location: `${url}${path}/${id}` });
    }
    if (req.method === 'GET' && path === '/beta/things') return send(req, res, 200, { value: [...store.values()] });
    if (!store.has(path)) return send(req, res, 404, envelope('Request_ResourceNotFound', `Resource '${path}' does not exist.`));
    if (req.method === 'GET') return send(req, res, 200, store.get(path));
    if (req.method === 'DELETE') {
      if (fake.denyDeletes) return send(req, res, 403, envelope('Authorization_RequestDenied', 'Insufficient privileges to complete the operation.'));
      store.delete(path);
      return send(req, res, 204);
    }
    send(req, res, 405, envelope('Request_BadRequest', 'method not allowed'));
  }

  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
  const url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const fake: FakeGraph = {
    url, store, requests, denyDeletes: false, revokeNext: false,
    revokeAll: () => options.issued().forEach((t) => revoked.add(t)),
    close: () => new Promise<void>((r) => { server!.closeAllConnections(); server!.close(() => r()); server = undefined; }),
  };
  return fake;
}

function envelope(code: string, message: string) {
  return { error: { code, message, innerError: { 'request-id': randomUUID(), date: new Date().toISOString() } } };
}

function send(req: IncomingMessage, res: ServerResponse, status: number, body?: unknown, extra: Record<string, string> = {}) {
  const headers: Record<string, string> = {
    'request-id': randomUUID(), 'client-request-id': String(req.headers['client-request-id'] ?? ''),
    'x-ms-ags-diagnostic': '{"ServerInfo":{"DataCenter":"Local","Slice":"E","Ring":"0","ScaleUnit":"000","RoleInstance":"fake"}}',
    date: new Date().toUTCString(), ...extra,
  };
  if (body !== undefined) headers['content-type'] = 'application/json;odata.metadata=minimal;charset=utf-8';
  res.writeHead(status, headers).end(body === undefined ? undefined : JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let data = '';
    req.setEncoding('utf8').on('data', (c: string) => (data += c)).on('end', () => resolve(data));
  });
}
