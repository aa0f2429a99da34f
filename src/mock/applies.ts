import type { Contract, ContractSet } from '../contracts/types.js';
import type { SchemaValidator } from '../schemas/types.js';
import { examplesOf } from './examples.js';
import { DRIFTS, type DriftMode, type Draft } from './drift.js';
import { problem } from './problems.js';

/**
 * Whether a drift mode can break this contract's documented response (e.g. `malformed-uuid`
 * needs a uuid field), judged on the response the clean mock builds from the contract's example.
 * At run time the mock also says so per answer, in process (`MockResponse.trace.drift`: `not-applicable`).
 */
export function driftApplies(mode: DriftMode, contract: Contract, set: Pick<ContractSet, 'schemas'>, validator?: SchemaValidator): boolean {
  const deps = { schemas: set.schemas, validator };
  const items = examplesOf(contract, deps);
  const { body: kind, status } = contract.response;
  let body: unknown;
  if (kind === 'collection') body = { value: items };
  else if (kind !== 'none' && items[0]) body = items[0];
  const draft: Draft = { status, headers: {}, ...(body === undefined ? {} : { body }) };
  const ids = { requestId: '', clientRequestId: '', date: new Date(0) };
  const ctx = { contract, schemas: set.schemas, slowMs: 0, problem: (name: Parameters<typeof problem>[0], m: string) => ({ ...problem(name, m, ids), headers: {} }) };
  return DRIFTS[mode].apply(draft, ctx) !== null;
}
