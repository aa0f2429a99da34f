import type { Contract } from '../contracts/types.js';
import { resolvePlan, type PlanEntry, type PlanHeader } from './plan.js';
import { startLiveSession, type LiveSession, type LiveSessionOptions } from './session.js';
import { openLiveTarget, type LiveTargetOptions } from './target.js';

/** A live target as the runner needs it: where requests go, what to skip and why, how to finish. */
export interface LiveRunTarget {
  baseUrl: string;
  /** Contract id → why its request is not sent (write gate, permission type, a write with no resource of the run to go to). */
  skips: Record<string, string>;
  /** Contract ids sent to assert they are denied (`--expect-denied`). */
  expectDenied: string[];
  /** Contract id → the path parameter that must name a resource the run creates (or a disposable id). */
  ownParams: Record<string, string>;
  /** Retry policy from the settings: attempts per request and the total wait budget. */
  retry: { maxAttempts: number; budgetMs: number };
  session: LiveSession;
  /** Cleans up what the run created (see `LiveSession.finish`). */
  close(): Promise<void>;
}

/** Opens a live run for `contracts`: signs in, resolves the plan (write gate, permission type, write targets) per contract. */
export async function openLiveRun(contracts: Contract[], options: LiveSessionOptions): Promise<LiveRunTarget> {
  const session = await startLiveSession({ ...options, contracts });
  const { config, policy, matchers } = session.target;
  const skips: Record<string, string> = {};
  const expectDenied: string[] = [];
  const ownParams: Record<string, string> = {};
  for (const entry of resolvePlan(contracts, policy, matchers, options.disposable)) {
    if (entry.decision.action === 'skip') skips[entry.contractId] = entry.decision.reason;
    if (entry.decision.action === 'expect-denied') expectDenied.push(entry.contractId);
    if (entry.own) ownParams[entry.contractId] = entry.own;
  }
  return {
    baseUrl: config.graphBaseUrl,
    skips,
    expectDenied,
    ownParams,
    retry: { maxAttempts: config.maxRetries + 1, budgetMs: config.retryBudgetMs },
    session,
    close: async () => void (await session.finish()),
  };
}

/** `--dry-run`: the plan a live run resolves before it signs in, and the header `formatPlan` prints. Validates the settings; contacts nothing. */
export function liveDryRun(contracts: Contract[], options: LiveTargetOptions): { entries: PlanEntry[]; header: PlanHeader } {
  const target = openLiveTarget({ ...options, contracts });
  return {
    entries: resolvePlan(contracts, target.policy, target.matchers, options.disposable),
    header: { baseUrl: target.config.graphBaseUrl, tenantId: target.config.tenantId, flow: target.auth.flow, policy: target.policy },
  };
}
