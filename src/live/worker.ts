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
} as const;

let target: LiveTarget | undefined;

/** This worker's live target, opened once from the settings the parent passed. Never prompts. */
export function workerTarget(env: NodeJS.ProcessEnv = process.env): LiveTarget {
  target ??= openLiveTarget({ envFile: env[WORKER_ENV.envFile] || undefined, ledgerPath: env[WORKER_ENV.ledger] || undefined });
  return target;
}

/** For a suite runtime: the live transport (bearer token, 401 refresh, create ledger). */
export function createTransport(): Transport {
  return workerTarget().transport;
}

/** For a runtime that only takes headers: a current bearer token. */
export async function authHeaders(): Promise<Record<string, string>> {
  return { authorization: `Bearer ${(await workerTarget().tokens.getToken()).token}` };
}
