import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import type { ContractSet } from '../contracts/types.js';
import { MockPortInUseError } from '../errors.js';
import { generateCertificate } from './certificate.js';
import { handle } from './handle.js';
import { problem, type ProblemName } from './problems.js';
import { createMockState, type MockState } from './state.js';
import type { MockStore } from './store.js';
import type { MockOptions, MockRequest, MockResponse } from './types.js';

/** Options of {@link startMockServer}. */
export interface MockServerOptions extends MockOptions {
  /** Port on 127.0.0.1; 0 picks a free one. @default 0 */
  port?: number;
  /** Serve HTTPS with this certificate, or one generated for localhost/127.0.0.1. @default plain HTTP */
  https?: { cert: string; key: string } | 'generate';
  /** Connections served at once; further ones are answered 503 with Retry-After. @default 1024 */
  maxConnections?: number;
  /** Called with each request and the answer decided for it (a request log, a test's record). @default none */
  onExchange?: (request: MockRequest, response: MockResponse) => void;
}

/** A running mock tenant. */
export interface RunningMock {
  /** Base URL without version, e.g. `http://127.0.0.1:41234`. */
  url: string;
  /** The PEM certificate served in HTTPS mode (trust it with NODE_EXTRA_CA_CERTS or `ca`). */
  certificate?: string;
  store: MockStore;
  state: MockState;
  /** Stops listening, ends open connections and pending delayed responses. */
  close(): Promise<void>;
}

/** JSON and text bodies above this size are refused (Graph's request limit for JSON). */
const MAX_JSON_BYTES = 4 * 1024 * 1024;

/** Binary bodies (file content) are read up to this size; upload sessions take larger files in chunks. */
const MAX_BINARY_BYTES = 256 * 1024 * 1024;

/** Connections served at once; further ones get 503 with Retry-After until some close. */
export const MAX_CONNECTIONS = 1024;

const TEXT_BODY = /json|^text\/|xml|x-www-form-urlencoded/i;

/** A node request listener serving the contracts (for node:http, supertest, or a custom server). */
export function createMockHandler(set: ContractSet, options: MockOptions = {}): (req: IncomingMessage, res: ServerResponse) => void {
  return listenerFor(createMockState(set, options), new Set());
}

const overCap = new WeakSet<object>();

/** How long an idle keep-alive connection stays open (announced in `Keep-Alive: timeout=30`). */
const IDLE_KEEP_ALIVE_MS = 30_000;

function listenerFor(state: MockState, timers: Set<NodeJS.Timeout>, onExchange?: MockServerOptions['onExchange'], scheme = 'http'): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    if (overCap.has(req.socket)) return write(req, res, busy(req, state), timers);
    const respond = (bytes: Buffer | undefined, text: boolean) => {
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
      const request: MockRequest = {
        method: req.method ?? 'GET',
        url: req.url ?? '/',
        headers,
        origin: `${scheme}://${req.headers.host ?? '127.0.0.1'}`,
        ...(bytes === undefined ? {} : { bytes, ...(text ? { body: bytes.toString('utf8') } : {}) }),
      };
      const response = safeHandle(request, state);
      onExchange?.(request, response);
      write(req, res, response, timers);
    };
    // Most requests (GET, DELETE) have no body: answer at once instead of waiting for 'end'.
    if (req.headers['content-length'] === undefined && req.headers['transfer-encoding'] === undefined) return respond(undefined, false);
    // Bodies are read as bytes (file content is never turned into a string); JSON and text are capped at Graph's 4 MB.
    const text = TEXT_BODY.test(req.headers['content-type'] ?? 'application/json');
    const limit = text ? MAX_JSON_BYTES : MAX_BINARY_BYTES;
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > limit) return write(req, res, tooLarge(req, state, limit), timers);
      respond(size > 0 ? Buffer.concat(chunks, size) : undefined, text);
    });
  };
}

/** A bug in the handler becomes Graph's 500 envelope instead of a hung request. */
function safeHandle(req: MockRequest, state: MockState): MockResponse {
  try {
    return handle(req, state);
  } catch (err) {
    return adapterProblem('internal', `The mock failed: ${(err as Error).message}`, req.headers['client-request-id'], state);
  }
}

function clientRequestIdOf(req: IncomingMessage): string | undefined {
  return typeof req.headers['client-request-id'] === 'string' ? req.headers['client-request-id'] : undefined;
}

function tooLarge(req: IncomingMessage, state: MockState, limit: number): MockResponse {
  return adapterProblem('payloadTooLarge', `Request bodies of this type are limited to ${limit} bytes; send larger files through an upload session.`, clientRequestIdOf(req), state);
}

function busy(req: IncomingMessage, state: MockState): MockResponse {
  const response = adapterProblem('unavailable', `The mock serves at most ${MAX_CONNECTIONS} connections at once; retry later.`, clientRequestIdOf(req), state);
  return { ...response, headers: { ...response.headers, 'retry-after': '1', connection: 'close' } };
}

/** An error the adapter answers itself, in Graph's envelope. */
function adapterProblem(name: ProblemName, message: string, clientRequestId: string | undefined, state: MockState): MockResponse {
  const requestId = state.newId();
  const { status, body } = problem(name, message, { requestId, clientRequestId: clientRequestId ?? requestId, date: state.now() });
  return { status, headers: { 'content-type': 'application/json', 'request-id': requestId, 'client-request-id': clientRequestId ?? requestId }, body: JSON.stringify(body) };
}

function write(req: IncomingMessage, res: ServerResponse, response: MockResponse, timers: Set<NodeJS.Timeout>): void {
  if (response.fault?.kind === 'reset') {
    req.socket.resetAndDestroy();
    return;
  }
  const send = () => {
    const payload = response.bytes ?? response.body;
    res.writeHead(response.status, { ...response.headers, 'content-length': response.bytes ? response.bytes.length : Buffer.byteLength(response.body) });
    res.end(payload);
  };
  if (response.fault?.kind !== 'delay') return send();
  const timer = setTimeout(() => {
    timers.delete(timer);
    send();
  }, response.fault.ms);
  timers.add(timer);
}

/**
 * Answers what Node's HTTP parser refuses before a request exists (an unknown method, headers
 * over the size limit, a malformed request line) in Graph's error envelope, then closes.
 */
function answerClientError(err: NodeJS.ErrnoException, socket: Duplex, state: MockState): void {
  if (!socket.writable || (err.code === 'ECONNRESET')) return void socket.destroy();
  const [name, status, reason, message]: [ProblemName, number, string, string] =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? ['badRequest', 431, 'Request Header Fields Too Large', 'The request headers are larger than the server accepts.']
      : err.code === 'HPE_INVALID_METHOD'
        ? ['methodNotAllowed', 405, 'Method Not Allowed', 'The request method is not supported.']
        : ['badRequest', 400, 'Bad Request', `The request is malformed (${err.code ?? err.message}).`];
  const requestId = state.newId();
  const { body } = problem(name, message, { requestId, clientRequestId: requestId, date: state.now() });
  const text = JSON.stringify(body);
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json\r\nrequest-id: ${requestId}\r\nContent-Length: ${Buffer.byteLength(text)}\r\nConnection: close\r\n\r\n${text}`);
}

/**
 * Starts the mock tenant on 127.0.0.1 (HTTP, or HTTPS when asked). The port is bound before the
 * set is loaded (`set` may be a function that loads or builds it), so a port clash is reported at
 * once; a request that arrives meanwhile waits and is answered once the set is ready.
 */
export async function startMockServer(set: ContractSet | (() => Promise<ContractSet>), options: MockServerOptions = {}): Promise<RunningMock> {
  const timers = new Set<NodeJS.Timeout>();
  const tls = options.https === 'generate' ? await generateCertificate() : options.https;
  let listener: ((req: IncomingMessage, res: ServerResponse) => void) | undefined = undefined;
  let state: MockState | undefined = undefined;
  const waiting: [IncomingMessage, ServerResponse][] = [];
  const answer = (req: IncomingMessage, res: ServerResponse) => (listener ? listener(req, res) : void waiting.push([req, res]));
  const server: Server = tls ? createHttpsServer({ cert: tls.cert, key: tls.key }, answer) : createHttpServer(answer);
  // Graph keeps an idle connection open far longer than Node's 5 s default. With 5 s, a client
  // that pauses (a suite worker loading its next file) reuses a socket the mock is closing, and a
  // create sent on it fails with ECONNRESET, outcome unknown: an error Graph would not cause.
  server.keepAliveTimeout = IDLE_KEEP_ALIVE_MS;
  const maxConnections = options.maxConnections ?? MAX_CONNECTIONS;
  let open = 0;
  // Connections past the cap are answered 503 with Retry-After (not dropped), and the mock stays up.
  server.on(tls ? 'secureConnection' : 'connection', (socket: Socket) => {
    open++;
    if (open > maxConnections) overCap.add(socket);
    socket.once('close', () => open--);
  });
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => (state ? answerClientError(err, socket, state) : socket.destroy()));
  await listen(server, options.port ?? 0);
  try {
    state = createMockState(typeof set === 'function' ? await set() : set, options);
  } catch (err) {
    server.closeAllConnections();
    server.close();
    throw err;
  }
  listener = listenerFor(state, timers, options.onExchange, tls ? 'https' : 'http');
  for (const [req, res] of waiting.splice(0)) listener(req, res);
  const { port } = server.address() as AddressInfo;
  return {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    ...(tls ? { certificate: tls.cert } : {}),
    store: state.store,
    state,
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const t of timers) clearTimeout(t);
        timers.clear();
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      reject(err.code === 'EADDRINUSE' ? new MockPortInUseError(`Port ${port} on 127.0.0.1 is already in use; choose another with --port (0 picks a free one).`, { cause: err }) : err);
    });
    server.listen(port, '127.0.0.1', () => resolve());
  });
}
