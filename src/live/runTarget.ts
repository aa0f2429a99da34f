import type { Contract } from '../contracts/types.js';
import { formatPlan, resolvePlan } from './plan.js';
import { startLiveSession, type LiveSession, type LiveSessionOptions } from './session.js';
import { openLiveTarget, type LiveTargetOptions } from './target.js';

/** A live target as the runner needs it: where requests go, what to skip and why, how to finish. */
export interface LiveRunTarget {
  baseUrl: string;
  /** Contract id → why its request is not sent (write gate, permission type). */
  skips: Record<string, string>;
  /** Contract ids sent to assert they are denied (`--expect-denied`). */
  expectDenied: string[];
  /** Retry policy from the settings: attempts per request and the total wait budget. */
  retry: { maxAttempts: number; budgetMs: number };
  session: LiveSession;
  /** Cleans up what the run created (see `LiveSession.finish`). */
  close(): Promise<void>;
}

/** Opens a live run for `contracts`: signs in, resolves the write/permission gate per contract. */
export async function openLiveRun(contracts: Contract[], options: LiveSessionOptions): Promise<LiveRunTarget> {
  const session = await startLiveSession({ ...options, contracts });
  const { config } = session.target;
  const skips: Record<string, string> = {};
  const expectDenied: string[] = [];
  for (const c of contracts) {
    const decision = session.target.decide(c);
    if (decision.action === 'skip') skips[c.id] = decision.reason;
    if (decision.action === 'expect-denied') expectDenied.push(c.id);
  }
  return {
    baseUrl: config.graphBaseUrl,
    skips,
    expectDenied,
    retry: { maxAttempts: config.maxRetries + 1, budgetMs: config.retryBudgetMs },
    session,
    close: async () => void (await session.finish()),
  };
}

/** `--dry-run`: the resolved plan as text. Validates the settings; contacts nothing. */
export function liveDryRun(contracts: Contract[], options: LiveTargetOptions): string {
  const target = openLiveTarget(options);
  return formatPlan(resolvePlan(contracts, target.policy), {
    baseUrl: target.config.graphBaseUrl, tenantId: target.config.tenantId, flow: target.auth.flow, policy: target.policy,
  });
}
