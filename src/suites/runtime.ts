import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { selectChecks } from '../contracts/checks/index.js';
import type { Check, Contract, ContractSet } from '../contracts/types.js';
import { createSchemaValidator } from '../schemas/validator.js';
import type { SchemaValidator } from '../schemas/types.js';
import { createHttpTransport } from '../transport/http.js';
import { localBudget, remoteBudget } from '../transport/budget.js';
import { defaultRetryPolicy, withRetries } from '../transport/retry.js';
import type { Transport } from '../transport/types.js';
import type { SuiteConfig } from './config.js';
import { readFixtures, type Fixtures } from './fixtures.js';
import { groupBy } from '../util/groupBy.js';
import { areaOf, operationOf, selectContracts } from './select.js';

/** What every suite file of one worker shares: the contracts, the validator and the transport. */
export interface SuiteRuntime {
  config: SuiteConfig;
  set: ContractSet;
  validator: SchemaValidator;
  transport: Transport;
  /** The transport for a contract: one that leaves 5xx to the checks when the page documents a 5xx. */
  transportFor(contract: Contract): Transport;
  checks: Check[];
  fixtures: Fixtures;
  /** The contracts to run (after filter and shard), by area, in run order. */
  byArea: Map<string, Contract[]>;
  /** How many contracts of the whole set share each operation (names disambiguate when > 1). */
  perOperation: Map<string, number>;
}

let cached: { key: string; runtime: SuiteRuntime } | undefined;

/** The runtime for `config`, built once per worker (suite files run with `isolate: false`). */
export function runtimeFor(config: SuiteConfig): SuiteRuntime {
  const key = JSON.stringify(config);
  if (cached?.key === key) return cached.runtime;
  const set = JSON.parse(readFileSync(config.setFile, 'utf8')) as ContractSet;
  const auth = config.authModule ? loadAuth(config.authModule) : undefined;
  const http = config.transportModule
    ? loadTransport(config.transportModule, config, set)
    : createHttpTransport({ kind: config.target, baseUrl: config.baseUrl, timeoutMs: config.timeoutMs, headers: auth });
  // One budget for both transports, and, through the run's budget server, for every worker.
  const budget = config.retryBudgetUrl ? remoteBudget(config.retryBudgetUrl) : localBudget(config.retry?.budgetMs ?? defaultRetryPolicy.budgetMs);
  const transport = withRetries(http, config.retry, undefined, budget);
  const answersServerError = withRetries(http, { ...config.retry, serverErrors: false }, undefined, budget);
  const runtime: SuiteRuntime = {
    config,
    set,
    validator: createSchemaValidator(set.schemas),
    transport,
    transportFor: (c) => (c.response.status >= 500 ? answersServerError : transport),
    checks: selectChecks(config.checks, config.target),
    fixtures: readFixtures(config.fixturesFile, config.fixtures),
    byArea: groupBy(selectContracts(set.contracts, config), areaOf),
    perOperation: new Map([...groupBy(set.contracts, operationOf)].map(([k, v]) => [k, v.length])),
  };
  cached = { key, runtime };
  return runtime;
}

/** Lazily imports the auth module; its `authHeaders()` is called per request so tokens refresh. */
function loadAuth(module: string): () => Promise<Record<string, string>> {
  let loaded: Promise<{ authHeaders(): Promise<Record<string, string>> }> | undefined;
  return async () => {
    loaded ??= import(pathToFileURL(module).href) as Promise<{ authHeaders(): Promise<Record<string, string>> }>;
    return (await loaded).authHeaders();
  };
}

/**
 * Lazily imports the transport module; one transport per worker, wrapped by the retry policy like
 * any other. It gets the contracts (the live ledger learns from them where creates land).
 */
function loadTransport(module: string, config: SuiteConfig, set: ContractSet): Transport {
  let loaded: Promise<Transport> | undefined;
  type Module = { createTransport(context: { contracts: readonly Contract[] }): Transport };
  const get = () => (loaded ??= (import(pathToFileURL(module).href) as Promise<Module>).then((m) => m.createTransport({ contracts: set.contracts })));
  return { kind: config.target, baseUrl: config.baseUrl, send: async (request) => (await get()).send(request) };
}
