import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { getProfileStatus } from '../../contracts/__tests__/__fixtures__/contracts.js';
import type { Contract, ContractSet } from '../../contracts/types.js';
import { httpTarget } from '../../target/http.js';
import { runSuites } from '../driver.js';
import { seedSet } from '../../suites/__tests__/__fixtures__/seedSet.js';

// A target that throttles every request with `Retry-After: 0.05`, and six suite files (one area
// each) for three suite workers: each wait takes 50-55 ms from the run's 500 ms budget.
const RETRY_AFTER_MS = 50;
const BUDGET_MS = 500;
const AREAS = 6;

let url = '';
let requests = 0;
const server = createServer((req, res) => {
  requests++;
  req.resume();
  res.writeHead(429, { 'retry-after': String(RETRY_AFTER_MS / 1000), 'content-type': 'application/json' }).end('{"error":{"code":"TooManyRequests","message":"slow down"}}');
});
beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const inArea = (i: number): Contract => {
  const path = `/area${i}/status`;
  return { ...getProfileStatus, id: `area${i}-get`, operation: { ...getProfileStatus.operation, pathTemplate: path, pathTemplates: [path] }, request: { ...getProfileStatus.request, path, pathParams: [] } };
};
const set: ContractSet = { ...seedSet, contracts: Array.from({ length: AREAS }, (_, i) => inArea(i + 1)) };

test('suite workers together wait at most the run retry budget, then each request is a THROTTLE_BUDGET_SPENT error', async () => {
  const lines: string[] = [];
  const { run } = await runSuites({ set, target: httpTarget(url, { retry: { maxAttempts: 1000, budgetMs: BUDGET_MS } }), maxWorkers: 3, log: (l) => lines.push(l) });
  // Each granted wait is one more request; a budget per worker would allow up to three times as many.
  const retries = requests - AREAS;
  expect(retries).toBeLessThanOrEqual(Math.floor(BUDGET_MS / RETRY_AFTER_MS));
  expect(retries).toBeGreaterThanOrEqual(Math.floor(BUDGET_MS / (RETRY_AFTER_MS * 1.1)));
  expect(run.summary.failed).toBe(0);
  expect(run.cases.filter((c) => c.state === 'error').map((c) => c.error?.code)).toEqual(Array(run.summary.errors).fill('THROTTLE_BUDGET_SPENT'));
  expect(run.summary.errors).toBe(run.summary.total);
  expect(lines.at(-1)).toMatch(/^retries waited 0\.\d s of the run's 0\.5 s budget$/);
});
