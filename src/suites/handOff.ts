import type { Severity } from '../severity.js';
import type { Fixtures } from '../target/fixtures.js';
import type { TargetDescription } from '../target/types.js';

/**
 * What the runner hands every suite worker through vitest `provide`/`inject`, computed once per
 * run (the contract set, the selection after filter and shard, the checks, the target):
 * serialisable only, since suites run in worker threads.
 */
export interface SuiteHandOff {
  /** Identifies the run: a worker builds its runtime once per run. */
  runId: string;
  /** The run's `ContractSet`, serialised once by the runner and parsed once per worker. */
  setJson: string;
  target: TargetDescription;
  /** Area → ids of the contracts to run there, in run order (filter and shard applied). */
  areas: Record<string, string[]>;
  /** How many contracts of the whole set share each operation (test names disambiguate when > 1). */
  perOperation: Record<string, number>;
  /** Ids of the checks the run selected (`selectChecks`), in registry order. */
  checks: string[];
  /** Violations at or above this severity fail a test; lower ones are recorded only. */
  failSeverity: Severity;
  /** Path parameter values: the fixtures file's, else the target's own. */
  fixtures: Fixtures;
  /** The fixtures file they came from, for messages. @default none */
  fixturesFile?: string;
  /** The run's retry budget server (`serveRetryBudget`): all workers together wait at most its budget. */
  retryBudgetUrl: string;
}

/** The `provide`/`inject` key of `SuiteHandOff`. */
export const HAND_OFF_KEY = 'graphContracts';

declare module 'vitest' {
  interface ProvidedContext {
    graphContracts: SuiteHandOff;
  }
}
