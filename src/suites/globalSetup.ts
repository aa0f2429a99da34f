import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadSet } from '../runner/loadSet.js';
import { openTarget } from '../runner/targets.js';
import { serveRetryBudget } from '../transport/budgetServer.js';
import { defaultRetryPolicy } from '../transport/retry.js';
import { SUITE_CONFIG_KEY } from './config.js';
import { packageRoot } from './run.js';

/**
 * Global setup of the `contracts` vitest project, so `vitest --project contracts` works without
 * the CLI: loads the committed contracts (or `GRAPH_CONTRACTS_DOCS`), opens the target
 * (`GRAPH_CONTRACTS_TARGET`, default the embedded mock) and provides the suite config.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const env = process.env;
  const target = env.GRAPH_CONTRACTS_TARGET === 'live' ? 'live' : 'mock';
  const set = await loadSet(packageRoot, env.GRAPH_CONTRACTS_DOCS);
  const handle = await openTarget(target, set, { env });
  const work = mkdtempSync(join(tmpdir(), 'graph-contracts-'));
  const setFile = join(work, 'contract-set.json');
  writeFileSync(setFile, JSON.stringify(set));
  const budget = await serveRetryBudget(handle.retry?.budgetMs ?? defaultRetryPolicy.budgetMs);
  project.provide(SUITE_CONFIG_KEY, {
    setFile,
    target,
    baseUrl: handle.baseUrl,
    headers: handle.headers,
    authModule: handle.authModule,
    fixtures: handle.fixtures,
    retry: handle.retry,
    retryBudgetUrl: budget.url,
    filter: env.GRAPH_CONTRACTS_FILTER,
    checks: {},
    failSeverity: 'error',
  });
  return async () => {
    await budget.close();
    await handle.close();
    rmSync(work, { recursive: true, force: true });
  };
}
