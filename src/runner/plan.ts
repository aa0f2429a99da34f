import { randomUUID } from 'node:crypto';
import { checksFor, selectChecks, type CheckSelection } from '../contracts/checks/index.js';
import { areaOf, operationOf, selectContracts } from '../contracts/select.js';
import type { Check, Contract, ContractSet } from '../contracts/types.js';
import { ConfigError, ContractsNotFoundError } from '../errors.js';
import type { Severity } from '../severity.js';
import type { SuiteHandOff } from '../suites/handOff.js';
import { readFixtures, type Fixtures } from '../target/fixtures.js';
import type { TargetDescription } from '../target/types.js';
import { groupBy } from '../util/groupBy.js';

/** What a run selects from its set, computed once in the runner. */
export interface RunPlan {
  /** The contracts to run (filter, then shard), in run order. */
  selected: Contract[];
  checks: Check[];
  /** Tests the run will have: each selected contract times the checks that apply to it. */
  caseCount: number;
}

/** What narrows a run: the `run` flags that select contracts and checks. */
export interface Selection {
  /** Keep only contracts whose id, page, path or resource type contains this text. @default all */
  filter?: string;
  /** Run only the contracts of shard `index` (1-based) of `count`. @default all */
  shard?: { index: number; count: number };
  /** @default all that apply to the target */
  checks?: CheckSelection;
}

/**
 * Selects the contracts and checks of a run. A filter that matches nothing, or a check selection
 * that leaves nothing, is an error before anything starts.
 */
export function planRun(set: ContractSet, target: Pick<TargetDescription, 'kind' | 'expectDenied'>, selection: Selection): RunPlan {
  if (selection.filter && selectContracts(set.contracts, { filter: selection.filter }).length === 0) {
    throw new ContractsNotFoundError(`--filter ${JSON.stringify(selection.filter)} matches no contract of ${set.docs}`);
  }
  const checks = selectChecks({ ...selection.checks, expectDenied: target.expectDenied.length > 0 }, target.kind);
  if (!checks.some((c) => c.judges !== 'denial')) throw new ConfigError('--checks', `no check left to run on target ${target.kind}`);
  const selected = selectContracts(set.contracts, selection);
  const denied = new Set(target.expectDenied);
  const caseCount = selected.reduce((n, c) => n + checksFor(c, checks, denied.has(c.id)).length, 0);
  return { selected, checks, caseCount };
}

/** The hand-off of a run to its suite workers (see `SuiteHandOff`); reads the fixtures file unless given its values. */
export function handOffFor(set: ContractSet, target: TargetDescription, plan: RunPlan, options: { failSeverity?: Severity; fixtures?: Fixtures; fixturesFile?: string; retryBudgetUrl: string }): SuiteHandOff {
  const areas: Record<string, string[]> = {};
  for (const [area, contracts] of groupBy(plan.selected, areaOf)) areas[area] = contracts.map((c) => c.id);
  const perOperation: Record<string, number> = {};
  for (const [operation, contracts] of groupBy(set.contracts, operationOf)) perOperation[operation] = contracts.length;
  return {
    runId: randomUUID(),
    setJson: JSON.stringify(set),
    target,
    areas,
    perOperation,
    checks: plan.checks.map((c) => c.id),
    failSeverity: options.failSeverity ?? 'error',
    fixtures: options.fixtures ?? readFixtures(options.fixturesFile, target.fixtures),
    ...(options.fixturesFile ? { fixturesFile: options.fixturesFile } : {}),
    retryBudgetUrl: options.retryBudgetUrl,
  };
}
