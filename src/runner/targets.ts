import type { ContractSet } from '../contracts/types.js';
import { ConfigError } from '../errors.js';
import { CONTRACT_HEADER, DRIFT_HEADER, SEED_ID, startMockServer, type DriftMode } from '../mock/index.js';
import type { Fixtures } from '../suites/fixtures.js';

/** Where a run sends its requests, and how. */
export interface TargetHandle {
  baseUrl: string;
  /** Headers for every request (the mock's bearer token, a drift header). */
  headers: Record<string, string>;
  /** Module with `authHeaders()` loaded by each suite worker (live tokens). */
  authModule?: string;
  /** Header naming each request's contract (the mock picks the answering example by it). */
  contractHeader?: string;
  /** Parameter values when no fixtures file is given. */
  fixtures?: Fixtures;
  close(): Promise<void>;
}

/** Options for opening a target. */
export interface TargetOptions {
  /** Mock only: drift applied to every request. @default none */
  drift?: DriftMode;
  env: Record<string, string | undefined>;
}

/** Opens the target of a run: the embedded mock on 127.0.0.1, or a live tenant from the environment. */
export type OpenTarget = (kind: 'mock' | 'live', set: ContractSet, options: TargetOptions) => Promise<TargetHandle>;

/**
 * The default targets. `mock` starts the embedded mock in this process; every path parameter
 * resolves to the id it seeds. `live` reads `GRAPH_BASE_URL` (default https://graph.microsoft.com)
 * and either `GRAPH_CONTRACTS_AUTH_MODULE` (a module exporting `authHeaders()`) or
 * `GRAPH_ACCESS_TOKEN` (a token in hand, for a quick manual run).
 */
export const openTarget: OpenTarget = async (kind, set, { drift, env }) => {
  if (kind === 'mock') {
    const mock = await startMockServer(set, { port: 0 });
    const headers: Record<string, string> = { Authorization: 'Bearer graph-contracts-mock' };
    if (drift) headers[DRIFT_HEADER] = drift;
    return { baseUrl: mock.url, headers, contractHeader: CONTRACT_HEADER, fixtures: { default: SEED_ID }, close: () => mock.close() };
  }
  const live: TargetHandle = { baseUrl: env.GRAPH_BASE_URL ?? 'https://graph.microsoft.com', headers: {}, close: async () => {} };
  if (env.GRAPH_CONTRACTS_AUTH_MODULE) return { ...live, authModule: env.GRAPH_CONTRACTS_AUTH_MODULE };
  if (env.GRAPH_ACCESS_TOKEN) return { ...live, headers: { Authorization: `Bearer ${env.GRAPH_ACCESS_TOKEN}` } };
  throw new ConfigError('GRAPH_ACCESS_TOKEN', 'the live target needs GRAPH_ACCESS_TOKEN or GRAPH_CONTRACTS_AUTH_MODULE');
};
