import type { TestProject } from 'vitest/node';
import { HAND_OFF_KEY } from '../suites/handOff.js';
import { openTarget } from '../target/open.js';
import { serveRetryBudget } from '../transport/budgetServer.js';
import { defaultRetryPolicy } from '../transport/retry.js';
import { packageRoot } from './driver.js';
import { loadSet } from './loadSet.js';
import { handOffFor, planRun } from './plan.js';

/**
 * Global setup of the `contracts` vitest project, so `vitest --project contracts` works without
 * the CLI: loads the committed contracts (or `GRAPH_CONTRACTS_DOCS`), opens the target
 * (`GRAPH_CONTRACTS_TARGET`, default the embedded mock), plans the run (`GRAPH_CONTRACTS_FILTER`)
 * and provides the same hand-off as `graph-contracts run`.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const env = process.env;
  const kind = env.GRAPH_CONTRACTS_TARGET === 'live' ? 'live' : 'mock';
  const set = await loadSet(packageRoot, env.GRAPH_CONTRACTS_DOCS);
  const opened = await openTarget(kind, set, {});
  const target = opened.description;
  const budget = await serveRetryBudget(target.retry?.budgetMs ?? defaultRetryPolicy.budgetMs);
  const plan = planRun(set, target, { filter: env.GRAPH_CONTRACTS_FILTER });
  project.provide(HAND_OFF_KEY, handOffFor(set, target, plan, { retryBudgetUrl: budget.url }));
  return async () => {
    await budget.close();
    await opened.close();
  };
}
