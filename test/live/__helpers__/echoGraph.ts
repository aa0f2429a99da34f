import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';

/** One request the fake received. */
export interface SeenRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
  /** The method it acts as: the method-override header's, else its own. */
  acts: string;
}

/**
 * A hostile stand-in for Graph serving the test API of `thingDocs.ts` over HTTPS: it echoes the
 * Authorization header it receives, in several encodings, into every body, into headers
 * (`Location` of a create among them) and into error texts; it answers some requests with a 500
 * holding the token; it makes some creates and never answers them (a timeout). It honours
 * method-override headers, as a real service may, and counts what it created and deleted.
 */
export interface EchoGraph {
  url: string;
  /** Things by id; `existing-*` and `spare-*` were there before any run. */
  store: Map<string, Record<string, unknown>>;
  requests: SeenRequest[];
  /** Ids of things created by requests (not seeded), and of things deleted. */
  created: string[];
  deleted: string[];
  /** Every status line, header and body sent back, for a check that the echo happened. */
  sent: string[];
  /** Creates (counted from 1) made and then left unanswered, so the client times out. */
  hangCreates: Set<number>;
  /** Called for every request before it is handled; the answer waits for it. */
  onRequest?: (request: SeenRequest, index: number) => void | Promise<void>;
  /** Resolves once no request is being handled (a request held by `onRequest` of a run that ended, say). */
  idle(): Promise<void>;
  /** Forgets everything and seeds the things that exist before a run: `existing-1`, `existing-2` (to be left alone) and `spare-1` (disposable). */
  reset(): void;
  close(): Promise<void>;
}

const b64 = (text: string) => Buffer.from(text).toString('base64');
const jsonEscaped = (text: string) => [...text].map((c) => (/[A-Za-z0-9]/.test(c) ? c : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)).join('');

export async function startEchoGraph(options: { cert: string; key: string; accepts: (token: string) => boolean }): Promise<EchoGraph> {
  const held: ServerResponse[] = [];
  let creates = 0;
  let active = 0;
  const fake: EchoGraph = {
    url: '',
    store: new Map(),
    requests: [],
    created: [],
    deleted: [],
    sent: [],
    hangCreates: new Set(),
    async idle() {
      for (const end = Date.now() + 10_000; active > 0 && Date.now() < end; ) await new Promise((r) => setTimeout(r, 20));
    },
    reset() {
      creates = 0;
      for (const list of [fake.requests, fake.created, fake.deleted, fake.sent]) list.length = 0;
      fake.hangCreates = new Set();
      fake.onRequest = undefined;
      fake.store.clear();
      for (const id of ['existing-1', 'existing-2', 'spare-1']) fake.store.set(id, { id, displayName: id.startsWith('spare') ? 'Spare thing' : 'Existing thing', state: 'active' });
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of held) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };

  const server: Server = createServer({ cert: options.cert, key: options.key }, (req, res) => {
    active += 1;
    void (async () => {
      const body = await readBody(req);
      const path = new URL(req.url ?? '/', 'https://x').pathname;
      const override = req.headers['x-http-method-override'] ?? req.headers['x-http-method'] ?? req.headers['x-method-override'];
      const seen: SeenRequest = { method: req.method ?? '', path, headers: req.headers, body, acts: String(override ?? req.method).toUpperCase() };
      fake.requests.push(seen);
      await fake.onRequest?.(seen, fake.requests.length);
      const auth = req.headers.authorization ?? '';
      const token = /^Bearer (.+)$/.exec(auth)?.[1] ?? '';
      const answer = (status: number, json?: unknown, headers: Record<string, string> = {}) => send(res, status, auth, token, json, headers);
      if (!token || !options.accepts(token)) return answer(401, envelope('InvalidAuthenticationToken', `Access token validation failure: ${auth}`, token));
      handle(seen, body, answer, res);
    })().finally(() => (active -= 1));
  });

  function handle(seen: SeenRequest, body: string, answer: (status: number, json?: unknown, headers?: Record<string, string>) => void, res: ServerResponse): void {
    const { path, acts } = seen;
    const token = /^Bearer (.+)$/.exec(String(seen.headers.authorization))?.[1] ?? '';
    // `state` as a number breaks the documented type: those cases fail and keep their transcripts.
    const echo = (thing: Record<string, unknown>) => ({ ...thing, state: 7, note: `seen ${seen.headers.authorization}`, encoded: b64(String(seen.headers.authorization)), seeAlso: `https://echo.example/cb?auth=${encodeURIComponent(String(seen.headers.authorization))}`, inner: JSON.stringify({ access_token: token }) });
    const m = /^\/beta\/things(?:\/([^/]+))?(?:\/([^/]+))?$/.exec(path);
    if (path === '/beta/reports/daily') return answer(500, envelope('InternalServerError', `report failed for ${token}`, token));
    if (path === '/beta/$batch' && acts === 'POST') {
      const requests = (JSON.parse(body || '{}') as { requests?: { id: string; method: string; url: string; body?: object }[] }).requests ?? [];
      return answer(200, { responses: requests.map((r) => batchItem(r, token)) });
    }
    if (!m) return answer(404, envelope('ResourceNotFound', `no route ${path} for ${token}`, token));
    const [, id, action] = m;
    if (!id) {
      if (acts === 'GET') return answer(200, { value: [...fake.store.values()].map(echo) });
      if (acts === 'POST') {
        const thing = create(body);
        if (fake.hangCreates.has(++creates)) return void held.push(res);
        return answer(201, echo(thing), { location: `${fake.url}/beta/things/${thing.id as string}?auth=${encodeURIComponent(String(seen.headers.authorization))}` });
      }
    }
    const thing = id ? fake.store.get(decodeURIComponent(id)) : undefined;
    if (!thing) return answer(404, envelope('ResourceNotFound', `Resource '${id}' does not exist (caller ${seen.headers.authorization})`, token));
    if (!action && acts === 'GET') return answer(200, echo(thing));
    if (!action && acts === 'PATCH') return answer(500, envelope('InternalServerError', `update failed; token was ${token}`, token));
    if ((!action && acts === 'DELETE') || (action === 'purge' && acts === 'DELETE')) {
      fake.store.delete(thing.id as string);
      fake.deleted.push(thing.id as string);
      return answer(204);
    }
    if (action === 'archive' && acts === 'POST') return answer(204);
    answer(405, envelope('BadRequest', `method ${acts} not allowed (${token})`, token));
  }

  function create(body: string): Record<string, unknown> {
    const id = randomUUID();
    const thing = { id, ...(body ? (JSON.parse(body) as object) : {}), state: 'active' };
    fake.store.set(id, thing);
    fake.created.push(id);
    return thing;
  }

  function batchItem(r: { id: string; method: string; url: string; body?: object }, token: string) {
    const id = /^\/?things\/([^/?]+)$/.exec(r.url)?.[1];
    if (r.method.toUpperCase() === 'DELETE' && id && fake.store.delete(id)) {
      fake.deleted.push(id);
      return { id: r.id, status: 204 };
    }
    if (r.method.toUpperCase() === 'POST' && /^\/?things$/.test(r.url)) return { id: r.id, status: 201, body: create(JSON.stringify(r.body ?? {})) };
    return { id: r.id, status: 200, body: { value: [], echo: token } };
  }

  function send(res: ServerResponse, status: number, auth: string, token: string, json: unknown, extra: Record<string, string>): void {
    const headers: Record<string, string> = {
      'request-id': randomUUID(), 'x-echo': b64(auth), 'x-echo-url': encodeURIComponent(token), 'x-echo-json': jsonEscaped(token), ...extra,
    };
    if (json !== undefined) headers['content-type'] = 'application/json';
    const text = json === undefined ? '' : JSON.stringify(json);
    fake.sent.push(`${status} ${JSON.stringify(headers)} ${text}`);
    res.writeHead(status, headers).end(text || undefined);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}

/** Graph's error envelope, with the token in its message and base64-encoded in an inner field. */
function envelope(code: string, message: string, token: string) {
  return { error: { code, message, innerError: { 'request-id': randomUUID(), date: new Date().toISOString(), trace: b64(`Bearer ${token}`) } } };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let data = '';
    req.setEncoding('utf8').on('data', (c: string) => (data += c)).on('end', () => resolve(data));
  });
}
