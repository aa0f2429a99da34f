import { afterAll, describe, inject, test } from 'vitest';
import { checksFor } from '../contracts/checks/index.js';
import { operationOf, phaseOf } from '../contracts/select.js';
import type { Contract } from '../contracts/types.js';
import type { CaseMeta } from '../results/types.js';
import { HAND_OFF_KEY } from './handOff.js';
import { performExchange, type ExchangeOutcome } from './exchange.js';
import { ParamResolver } from './params.js';
import { runCase } from './runCase.js';
import { runtimeFor } from './runtime.js';
import { schedule } from './schedule.js';
import { groupBy } from '../util/groupBy.js';

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
  const runtime = runtimeFor(inject(HAND_OFF_KEY));
  const { handOff, set } = runtime;
  const target = handOff.target;
  const contracts = runtime.contractsOf(area);
  // Filtered or sharded away: an empty file would be a vitest error, so say why it is empty.
  if (contracts.length === 0) return void test.skip(`no contracts of ${area} in this run (filter or shard)`);
  const headers = target.headers;
  const expectDenied = new Set(target.expectDenied);
  const resolver = new ParamResolver({
    fixtures: handOff.fixtures,
    fixturesFile: handOff.fixturesFile,
    env: process.env,
    transport: runtime.transport,
    contracts: set.contracts,
    headers,
    // Discovery must not send a create the run itself would not send (write gate, permission type).
    mayCreate: (c) => !target.skips[c.id] && !expectDenied.has(c.id),
    ownParams: target.ownParams,
  });
  // Requests go out ahead of the tests (bounded, creates first, deletes last); each contract's
  // request is sent once and shared by its checks.
  let outcomes: Map<Contract, Promise<ExchangeOutcome>> | undefined;
  const outcomeOf = (c: Contract): Promise<ExchangeOutcome> => {
    outcomes ??= schedule(contracts, phaseOf, target.concurrency ?? 8, (x) => {
      const skip = target.skips[x.id];
      return skip ? Promise.resolve({ kind: 'skip', reason: skip }) : performExchange(x, resolver, runtime.transportFor(x), headers);
    });
    return outcomes.get(c) as Promise<ExchangeOutcome>;
  };
  // A resource left behind on a tenant is the run's problem to report: it fails the file, by URL.
  // Requests sent ahead of tests a cancelled run never started end first: none is cut off in flight.
  afterAll(async () => {
    if (outcomes) await Promise.allSettled(outcomes.values());
    const left = await resolver.cleanup();
    if (left.length > 0) throw new Error(`path parameter discovery created ${left.length} resource(s) it could not delete (delete by hand): ${left.join(', ')}`);
  });

  for (const [operation, group] of groupBy(contracts, operationOf)) {
    // Names must not depend on the filter or shard, so results of shards merge into a single run's.
    const several = (handOff.perOperation[operation] ?? 0) > 1;
    describe(operation, () => {
      // A request expected to be denied is judged by whether it was denied, not by the documented success.
      const cases = group.flatMap((contract) =>
        checksFor(contract, runtime.checks, expectDenied.has(contract.id)).map((check) => [several ? `${check.title} [${contract.id}]` : check.title, { contract, check }] as const),
      );
      test.for(cases)('%s', ([, { contract, check }], { task, skip }) => runCase(runtime, contract, check, outcomeOf(contract), { meta: task.meta, skip }));
    });
  }
}
