import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { localBudget } from './budget.js';

/** The run's retry budget, served to its suite workers. */
export interface BudgetServer {
  /** `POST` `{"ms": n}` here to take waiting time (see `remoteBudget`). */
  url: string;
  budgetMs: number;
  spentMs(): number;
  close(): Promise<void>;
}

const MAX_REQUEST_BYTES = 1024;

/**
 * Serves one retry budget on 127.0.0.1 to every suite worker of a run. Suite workers are
 * separate threads or processes, each with its own transport; a budget each would let N workers
 * wait N times the budget. This process answers one request at a time, so taking is atomic.
 * The path holds a random token so no other local process drains the budget by accident.
 */
export async function serveRetryBudget(budgetMs: number): Promise<BudgetServer> {
  const budget = localBudget(budgetMs);
  const path = `/retry-budget/${randomUUID()}`;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= MAX_REQUEST_BYTES) chunks.push(c);
    });
    req.on('end', () => {
      const ms = (() => {
        try {
          return (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { ms?: unknown }).ms;
        } catch {
          return undefined;
        }
      })();
      if (req.method !== 'POST' || req.url !== path || typeof ms !== 'number' || !(ms >= 0) || size > MAX_REQUEST_BYTES) {
        res.writeHead(400, { 'content-type': 'text/plain' }).end('POST {"ms": <non-negative number>} to the budget path');
        return;
      }
      void budget.take(ms).then((grant) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(grant)));
    });
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}${path}`,
    budgetMs,
    spentMs: budget.spentMs,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
