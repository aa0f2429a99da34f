import { afterAll, describe, inject, test } from 'vitest';
import type { Check, Contract } from '../contracts/types.js';
import { requestDeniedCheck } from '../live/denied.js';
import type { CaseMeta } from '../results/types.js';
import { SUITE_CONFIG_KEY } from './config.js';
import { performExchange, type ExchangeOutcome } from './exchange.js';
import { ParamResolver } from './params.js';
import { runCase } from './runCase.js';
import { runtimeFor } from './runtime.js';
import { schedule } from './schedule.js';
import { groupBy } from '../util/groupBy.js';
import { operationOf, phaseOf } from './select.js';

declare module 'vitest' {
  interface TaskMeta {
    /** Written by every contract test; read by `results/fromVitest.ts`. */
    graphContracts?: CaseMeta;
  }
}

/**
 * The body of a generated suite file: the contracts of one area (after the run's filter and
 * shard), a `describe` per operation and, via `test.for`, one test per contract × check that
 * applies to it (`appliesToContract`), named
 * `PATCH /education/synchronizationProfiles/{id}/profileStatus > status code`. Each contract's
 * request is sent once and shared by its checks; parameters the resolver had to create are
 * deleted after the file.
 */
export function defineContractSuite(area: string): void {
  const runtime = runtimeFor(inject(SUITE_CONFIG_KEY));
  const { config, set } = runtime;
  const contracts = runtime.byArea.get(area) ?? [];
  // Filtered or sharded away: an empty file would be a vitest error, so say why it is empty.
  if (contracts.length === 0) return void test.skip(`no contracts of ${area} in this run (filter or shard)`);
  const headers = config.headers ?? {};
  const expectDenied = new Set(config.expectDenied);
  // A request expected to be denied is judged by whether it was denied, not by the documented success.
  const checksFor = (c: Contract): readonly Check[] =>
    expectDenied.has(c.id) ? [requestDeniedCheck] : runtime.checks.filter((check) => check.appliesToContract?.(c) ?? true);
  const resolver = new ParamResolver({
    fixtures: runtime.fixtures,
    fixturesFile: config.fixturesFile,
    env: process.env,
    transport: runtime.transport,
    contracts: set.contracts,
    headers,
    // Discovery must not send a create the run itself would not send (write gate, permission type).
    mayCreate: (c) => !config.skips?.[c.id] && !expectDenied.has(c.id),
  });
  // Requests go out ahead of the tests (bounded, creates first, deletes last); each contract's
  // request is sent once and shared by its checks.
  let outcomes: Map<Contract, Promise<ExchangeOutcome>> | undefined;
  const outcomeOf = (c: Contract): Promise<ExchangeOutcome> => {
    outcomes ??= schedule(contracts, phaseOf, config.concurrency ?? 8, (x) => {
      const skip = config.skips?.[x.id];
      return skip ? Promise.resolve({ kind: 'skip', reason: skip }) : performExchange(x, resolver, runtime.transportFor(x), headers);
    });
    return outcomes.get(c) as Promise<ExchangeOutcome>;
  };
  // A resource left behind on a tenant is the run's problem to report: it fails the file, by URL.
  afterAll(async () => {
    const left = await resolver.cleanup();
    if (left.length > 0) throw new Error(`path parameter discovery created ${left.length} resource(s) it could not delete (delete by hand): ${left.join(', ')}`);
  });

  for (const [operation, group] of groupBy(contracts, operationOf)) {
    // Names must not depend on the filter or shard, so results of shards merge into a single run's.
    const several = (runtime.perOperation.get(operation) ?? 0) > 1;
    describe(operation, () => {
      const cases = group.flatMap((contract) =>
        checksFor(contract).map((check) => [several ? `${check.title} [${contract.id}]` : check.title, { contract, check }] as const),
      );
      test.for(cases)('%s', ([, { contract, check }], { task, skip }) => runCase(runtime, contract, check, outcomeOf(contract), { meta: task.meta, skip }));
    });
  }
}
