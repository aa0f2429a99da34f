import { afterEach, describe, expect, test } from 'vitest';
import { remoteBudget } from '../budget.js';
import { serveRetryBudget, type BudgetServer } from '../budgetServer.js';
import { withRetries, type RetryClock } from '../retry.js';
import type { Transport } from '../types.js';

/** A target that always throttles with `Retry-After: 0.1`. */
const throttling: Transport = {
  kind: 'live',
  baseUrl: 'http://127.0.0.1',
  send: async () => ({ status: 429, headers: { 'retry-after': '0.1' }, text: '', elapsedMs: 1 }),
};

function clock(): RetryClock & { waited: () => number } {
  const waits: number[] = [];
  return { random: () => 0, sleep: async (ms) => void waits.push(ms), waited: () => waits.reduce((a, b) => a + b, 0) };
}

let server: BudgetServer | undefined;
afterEach(async () => server?.close());

describe('the run retry budget', () => {
  test('N transports taking from one budget server together wait at most the budget', async () => {
    server = await serveRetryBudget(1000);
    const workers = Array.from({ length: 4 }, () => clock());
    const sends = workers.flatMap((c) => {
      const transport = withRetries(throttling, { maxAttempts: 1000, budgetMs: 1000 }, c, remoteBudget(server!.url));
      return [1, 2].map(() => transport.send({ method: 'GET', url: '/beta/x', headers: {} }));
    });
    const outcomes = await Promise.allSettled(sends);
    const total = workers.reduce((sum, c) => sum + c.waited(), 0);
    expect(total).toBe(1000);
    expect(server.spentMs()).toBe(1000);
    for (const o of outcomes) expect(o).toMatchObject({ status: 'rejected', reason: { code: 'THROTTLE_BUDGET_SPENT' } });
    expect((outcomes[0] as PromiseRejectedResult).reason.message).toMatch(/the run's retry budget of 1000 ms is spent \(1000 ms waited\)/);
  });

  test('a transport without a shared budget keeps its own (the budget of a single process)', async () => {
    const c = clock();
    await expect(withRetries(throttling, { maxAttempts: 1000, budgetMs: 350 }, c).send({ method: 'GET', url: '/x', headers: {} })).rejects.toMatchObject({ code: 'THROTTLE_BUDGET_SPENT' });
    expect(c.waited()).toBe(300);
  });

  test('the budget server refuses anything but POST {"ms": n} to its path; an unreachable one is a transport error', async () => {
    server = await serveRetryBudget(1000);
    expect((await fetch(server.url, { method: 'POST', body: '{"ms": -1}' })).status).toBe(400);
    expect((await fetch(server.url.replace(/[^/]+$/, 'other'), { method: 'POST', body: '{"ms": 1}' })).status).toBe(400);
    expect(server.spentMs()).toBe(0);
    const url = server.url;
    await server.close();
    server = undefined;
    await expect(remoteBudget(url).take(1)).rejects.toMatchObject({ code: 'TRANSPORT_FAILED' });
  });
});
