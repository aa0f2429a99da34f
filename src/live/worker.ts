import type { Contract } from '../contracts/types.js';
import type { Transport } from '../transport/types.js';
import { openLiveTarget, type LiveTarget } from './target.js';

/**
 * Environment variables through which a live run's parent process hands its validated settings to
 * the suite worker processes (vitest workers inherit the parent's environment).
 */
export const WORKER_ENV = {
  /** `--env-file` of the run, absolute; empty for `.env`. */
  envFile: 'GRAPH_CONTRACTS_ENV_FILE',
  /** The run's ledger file: every worker records its creates there. */
  ledger: 'GRAPH_CONTRACTS_LEDGER',
  /** `1` when the run allows writes (`--allow-writes`); the workers' write guard reads it. */
  allowWrites: 'GRAPH_CONTRACTS_ALLOW_WRITES',
} as const;

let target: LiveTarget | undefined;

/** This worker's live target, opened once from the settings the parent passed. Never prompts. */
export function workerTarget(env: NodeJS.ProcessEnv = process.env, contracts?: readonly Contract[]): LiveTarget {
  target ??= openLiveTarget({
    contracts,
    envFile: env[WORKER_ENV.envFile] || undefined,
    ledgerPath: env[WORKER_ENV.ledger] || undefined,
    allowWrites: env[WORKER_ENV.allowWrites] === '1',
  });
  return target;
}

/**
 * For a suite runtime: the live transport (bearer token, 401 refresh, write guard, create ledger).
 * `contracts`: the run's set, so creates are recorded at the URL the resource really has.
 */
export function createTransport(context: { contracts?: readonly Contract[] } = {}): Transport {
  return workerTarget(process.env, context.contracts).transport;
}

/** For a runtime that only takes headers: a current bearer token. */
export async function authHeaders(): Promise<Record<string, string>> {
  return { authorization: `Bearer ${(await workerTarget().tokens.getToken()).token}` };
}
