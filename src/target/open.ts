import { resolve } from 'node:path';
import type { ContractSet } from '../contracts/types.js';
import { openLiveRun } from '../live/runTarget.js';
import { SEED_ID, startMockServer } from '../mock/index.js';
import type { Fixtures } from './fixtures.js';
import type { OpenedTarget, OpenTarget } from './types.js';

/**
 * The default targets. `mock` starts the embedded mock in this process (drift is the server's
 * own setting, as a client cannot choose it); every path parameter resolves to the id it seeds.
 * `live` reads the settings of `.env` / `--env-file` (see `.env.example`), signs in once (msal, a
 * token in hand, or a custom auth module), gates writes and permission types per contract, and
 * deletes what the run created on close.
 */
export const openTarget: OpenTarget = async (kind, set, { drift, live: flags, fixtures, signal }) => {
  if (kind === 'mock') {
    const mock = await startMockServer(set, { port: 0, ...(drift ? { drift } : {}) });
    return {
      description: { kind, baseUrl: mock.url, headers: { Authorization: 'Bearer graph-contracts-mock' }, skips: {}, expectDenied: [], fixtures: { default: SEED_ID } },
      close: () => mock.close(),
    };
  }
  return openLive(set, flags ?? { log: () => {} }, fixtures?.disposable, signal);
};

async function openLive(set: ContractSet, flags: NonNullable<Parameters<OpenTarget>[2]['live']>, disposable: Fixtures['disposable'], signal: AbortSignal | undefined): Promise<OpenedTarget> {
  const cwd = flags.cwd ?? process.cwd();
  const run = await openLiveRun(set.contracts, { ...flags, cwd, disposable, ...(signal ? { signal } : {}) });
  const { target } = run.session;
  return {
    description: {
      kind: 'live',
      baseUrl: run.baseUrl,
      headers: {},
      skips: run.skips,
      expectDenied: run.expectDenied,
      ownParams: run.ownParams,
      retry: run.retry,
      concurrency: 2,
      live: {
        ...(flags.envFile ? { envFile: resolve(cwd, flags.envFile) } : {}),
        cwd,
        allowWrites: target.policy.allowWrites,
        expectDenied: target.policy.expectDenied,
        ledgerPath: resolve(cwd, target.ledger.path),
        runId: target.header.runId,
        creates: {
          singleValued: target.matchers.singleValued.map((r) => r.source),
          asyncCreates: target.matchers.asyncCreates.map((r) => r.source),
          collections: target.matchers.collections.map((r) => r.source),
          puts: target.matchers.puts.map((r) => r.source),
        },
        ...(disposable ? { disposable } : {}),
      },
    },
    close: run.close,
  };
}
