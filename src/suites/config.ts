import type { CheckSelection } from '../contracts/checks/index.js';
import type { Severity } from '../severity.js';
import type { RetryPolicy } from '../transport/retry.js';
import type { Fixtures } from './fixtures.js';

/**
 * What the runner hands to the suite files (through vitest `provide`/`inject`): serializable
 * only, since suites run in worker processes.
 */
export interface SuiteConfig {
  /** JSON file holding the `ContractSet` of this run, written by the runner. */
  setFile: string;
  target: 'mock' | 'live';
  /** Base URL requests go to (the in-process mock's URL, or the tenant's Graph host). */
  baseUrl: string;
  /** Keep only contracts whose id, page, path or resource type contains this text. @default all */
  filter?: string;
  /** Run only the contracts of shard `index` (1-based) of `count`. @default all */
  shard?: { index: number; count: number };
  /** Which checks run. @default all that apply to the target */
  checks: CheckSelection;
  /** Violations at or above this severity fail a test; lower ones are recorded only. @default 'error' */
  failSeverity: Severity;
  /** JSON fixtures file of path parameter values for this environment. @default none */
  fixturesFile?: string;
  /** Fixtures used when no file is given (the mock's seeded id). @default none */
  fixtures?: Fixtures;
  /** Headers added to every request (e.g. the bearer token of the mock). @default none */
  headers?: Record<string, string>;
  /**
   * Module exporting `authHeaders(): Promise<Record<string, string>>`, loaded in each worker, for
   * targets that need tokens (the live tenant). @default none
   */
  authModule?: string;
  /**
   * Module exporting `createTransport(): Transport`, loaded in each worker instead of the plain
   * HTTP transport (the live tenant: tokens, 401 refresh, ledger of created resources). @default none
   */
  transportModule?: string;
  /** Contract id → why its request must not be sent (live write gate, permission type). @default none */
  skips?: Record<string, string>;
  /**
   * Contract ids whose request the auth kind may not make, sent to assert the tenant denies it
   * (live `--expect-denied`): each runs the `request-denied` check instead of the others. @default none
   */
  expectDenied?: string[];
  retry?: Partial<RetryPolicy>;
  /**
   * The run's retry budget server (`serveRetryBudget`), shared by all suite workers so that
   * together they wait at most `retry.budgetMs`. @default a budget per worker
   */
  retryBudgetUrl?: string;
  /** Requests in flight at once per suite file (same method phase only). @default 8 */
  concurrency?: number;
  /** Time allowed per request. @default 30000 */
  timeoutMs?: number;
}

/** The `provide`/`inject` key of `SuiteConfig`. */
export const SUITE_CONFIG_KEY = 'graphContracts';

declare module 'vitest' {
  interface ProvidedContext {
    graphContracts: SuiteConfig;
  }
}
