import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { ContractSet } from '../contracts/types.js';
import { MockPortInUseError } from '../errors.js';
import { generateCertificate } from './certificate.js';
import type { HttpRequest } from '../transport/types.js';
import { handle } from './handle.js';
import { problem, type ProblemName } from './problems.js';
import { createMockState, type MockState } from './state.js';
import type { MockStore } from './store.js';
import type { MockOptions, MockResponse } from './types.js';

/** Options of {@link startMockServer}. */
export interface MockServerOptions extends MockOptions {
  /** Port on 127.0.0.1; 0 picks a free one. @default 0 */
  port?: number;
  /** Serve HTTPS with this certificate, or one generated for localhost/127.0.0.1. @default plain HTTP */
  https?: { cert: string; key: string } | 'generate';
  /** Called with each request and the answer decided for it (a request log, a test's record). @default none */
  onExchange?: (request: HttpRequest, response: MockResponse) => void;
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

/** Bodies above this size are refused before they are buffered. */
const MAX_BODY_BYTES = 4 * 1024 * 1024;

/** A node request listener serving the contracts (for node:http, supertest, or a custom server). */
export function createMockHandler(set: ContractSet, options: MockOptions = {}): (req: IncomingMessage, res: ServerResponse) => void {
  return listenerFor(createMockState(set, options), new Set());
}

function listenerFor(state: MockState, timers: Set<NodeJS.Timeout>, onExchange?: MockServerOptions['onExchange']): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const respond = (body: string | undefined) => {
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
      const request: HttpRequest = { method: req.method ?? 'GET', url: req.url ?? '/', headers, ...(body === undefined ? {} : { body }) };
      const response = safeHandle(request, state);
      onExchange?.(request, response);
      write(req, res, response, timers);
    };
    // Most requests (GET, DELETE) have no body: answer at once instead of waiting for 'end'.
    if (req.headers['content-length'] === undefined && req.headers['transfer-encoding'] === undefined) return respond(undefined);
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > MAX_BODY_BYTES) return write(req, res, tooLarge(req, state), timers);
      respond(chunks.length > 0 ? Buffer.concat(chunks).toString('utf8') : undefined);
    });
  };
}

/** A bug in the handler becomes Graph's 500 envelope instead of a hung request. */
function safeHandle(req: HttpRequest, state: MockState): MockResponse {
  try {
    return handle(req, state);
  } catch (err) {
    return adapterProblem('internal', `The mock failed: ${(err as Error).message}`, req.headers['client-request-id'], state);
  }
}

function tooLarge(req: IncomingMessage, state: MockState): MockResponse {
  const clientRequestId = typeof req.headers['client-request-id'] === 'string' ? req.headers['client-request-id'] : undefined;
  return adapterProblem('payloadTooLarge', `Request bodies are limited to ${MAX_BODY_BYTES} bytes.`, clientRequestId, state);
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
    res.writeHead(response.status, { ...response.headers, 'content-length': Buffer.byteLength(response.body) });
    res.end(response.body);
  };
  if (response.fault?.kind !== 'delay') return send();
  const timer = setTimeout(() => {
    timers.delete(timer);
    send();
  }, response.fault.ms);
  timers.add(timer);
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
  const waiting: [IncomingMessage, ServerResponse][] = [];
  const answer = (req: IncomingMessage, res: ServerResponse) => (listener ? listener(req, res) : void waiting.push([req, res]));
  const server: Server = tls ? createHttpsServer({ cert: tls.cert, key: tls.key }, answer) : createHttpServer(answer);
  await listen(server, options.port ?? 0);
  let state: MockState;
  try {
    state = createMockState(typeof set === 'function' ? await set() : set, options);
  } catch (err) {
    server.closeAllConnections();
    server.close();
    throw err;
  }
  listener = listenerFor(state, timers, options.onExchange);
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
