import { checkById } from '../contracts/checks/index.js';
import { peerIndex } from '../contracts/peers.js';
import type { Check, Contract, ContractSet } from '../contracts/types.js';
import { createSchemaValidator } from '../schemas/validator.js';
import type { SchemaValidator } from '../schemas/types.js';
import { connectTarget } from '../target/connect.js';
import { remoteBudget } from '../transport/budget.js';
import { withRetries } from '../transport/retry.js';
import type { Transport } from '../transport/types.js';
import type { SuiteHandOff } from './handOff.js';

/** What every suite file of one worker shares: the hand-off, the contracts, the validator and the transport. */
export interface SuiteRuntime {
  handOff: SuiteHandOff;
  set: ContractSet;
  validator: SchemaValidator;
  transport: Transport;
  /** The transport for a contract: one that leaves 5xx to the checks when the page documents a 5xx. */
  transportFor(contract: Contract): Transport;
  checks: Check[];
  /** Other contracts of the set documenting the same request as `contract` (see `peerIndex`). */
  peersOf(contract: Contract): readonly Contract[];
  /** The contracts of an area to run, in run order. */
  contractsOf(area: string): Contract[];
}

let cached: { runId: string; runtime: SuiteRuntime } | undefined;

/** The runtime of a run, built once per worker (suite files run with `isolate: false`). */
export function runtimeFor(handOff: SuiteHandOff): SuiteRuntime {
  if (cached?.runId === handOff.runId) return cached.runtime;
  const set = JSON.parse(handOff.setJson) as ContractSet;
  const byId = new Map(set.contracts.map((c) => [c.id, c]));
  const http = connectTarget(handOff.target);
  // One budget for both transports, and, through the run's budget server, for every worker.
  const budget = remoteBudget(handOff.retryBudgetUrl);
  const retry = handOff.target.retry;
  const transport = withRetries(http, retry, undefined, budget);
  const answersServerError = withRetries(http, { ...retry, serverErrors: false }, undefined, budget);
  const runtime: SuiteRuntime = {
    handOff,
    set,
    validator: createSchemaValidator(set.schemas),
    transport,
    transportFor: (c) => (c.response.status >= 500 ? answersServerError : transport),
    checks: handOff.checks.flatMap((id) => checkById(id) ?? []),
    peersOf: peerIndex(set.contracts),
    contractsOf: (area) => (handOff.areas[area] ?? []).map((id) => byId.get(id)!),
  };
  cached = { runId: handOff.runId, runtime };
  return runtime;
}
