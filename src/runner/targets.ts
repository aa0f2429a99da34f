import type { ContractSet } from '../contracts/types.js';
import { SEED_ID, startMockServer, type DriftMode } from '../mock/index.js';
import { openLiveRun } from '../live/runTarget.js';
import type { LiveTargetOptions } from '../live/target.js';
import type { Fixtures } from '../suites/fixtures.js';
import type { RetryPolicy } from '../transport/retry.js';

/** Where a run sends its requests, and how. */
export interface TargetHandle {
  baseUrl: string;
  /** Headers for every request (the mock's bearer token). */
  headers: Record<string, string>;
  /** Module with `authHeaders()` loaded by each suite worker (live tokens). */
  authModule?: string;
  /** Module with `createTransport()` loaded by each suite worker (the live tenant's transport). */
  transportModule?: string;
  /** Contract id → why its request is not sent (live write gate, permission type). */
  skips?: Record<string, string>;
  /** Contract ids sent to assert they are denied (live `--expect-denied`). */
  expectDenied?: string[];
  retry?: Partial<RetryPolicy>;
  /** Parameter values when no fixtures file is given. */
  fixtures?: Fixtures;
  close(): Promise<void>;
}

/** Live-target flags of `run`: `--env-file`, `--allow-writes`, `--expect-denied`, and where prompts and cleanup lines go. */
export interface LiveRunFlags extends Pick<LiveTargetOptions, 'envFile' | 'allowWrites' | 'expectDenied' | 'prompt'> {
  log: (line: string) => void;
}

/** Options for opening a target. */
export interface TargetOptions {
  /** Mock only: drift applied to every request. @default none */
  drift?: DriftMode;
  env: Record<string, string | undefined>;
  /** Live only. @default settings from `.env` and the environment, read-only */
  live?: LiveRunFlags;
}

/** Opens the target of a run: the embedded mock on 127.0.0.1, or a live tenant from the environment. */
export type OpenTarget = (kind: 'mock' | 'live', set: ContractSet, options: TargetOptions) => Promise<TargetHandle>;

/**
 * The default targets. `mock` starts the embedded mock in this process; every path parameter
 * resolves to the id it seeds. `live` reads the settings of `.env` / `--env-file` (see
 * `.env.example`), signs in once, gates writes and permission types per contract, and deletes
 * what the run created on close; `GRAPH_CONTRACTS_AUTH_MODULE` (a module exporting
 * `authHeaders()`) replaces all that with custom auth.
 */
export const openTarget: OpenTarget = async (kind, set, { drift, env, live: flags }) => {
  if (kind === 'mock') {
    // The run talks to the mock as any client would: a bearer token, nothing of ours in the request.
    const mock = await startMockServer(set, { port: 0, ...(drift ? { drift } : {}) });
    const headers: Record<string, string> = { Authorization: 'Bearer graph-contracts-mock' };
    return { baseUrl: mock.url, headers, fixtures: { default: SEED_ID }, close: () => mock.close() };
  }
  if (env.GRAPH_CONTRACTS_AUTH_MODULE) {
    return { baseUrl: env.GRAPH_BASE_URL ?? 'https://graph.microsoft.com', headers: {}, authModule: env.GRAPH_CONTRACTS_AUTH_MODULE, close: async () => {} };
  }
  const live = await openLiveRun(set.contracts, { ...flags, log: flags?.log ?? (() => {}) });
  return { baseUrl: live.baseUrl, headers: {}, transportModule: live.transportModule, skips: live.skips, expectDenied: live.expectDenied, retry: live.retry, close: live.close };
};
