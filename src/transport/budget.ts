import { TransportError } from '../errors.js';

/** The answer to one request for waiting time. */
export interface BudgetGrant {
  granted: boolean;
  /** Waiting taken from the budget so far, this request included when granted. */
  spentMs: number;
  budgetMs: number;
}

/**
 * A total allowance of retry waiting. One budget serves a whole run: every transport that sends
 * the run's requests (in every suite worker) takes its waits from it.
 */
export interface RetryBudget {
  /** Takes `ms` when that keeps the total within the budget; takes nothing otherwise. */
  take(ms: number): Promise<BudgetGrant>;
}

/** A budget kept in this process (one transport, or the run's budget server). */
export function localBudget(budgetMs: number): RetryBudget & { spentMs(): number } {
  let spentMs = 0;
  return {
    spentMs: () => spentMs,
    take(ms) {
      const granted = spentMs + ms <= budgetMs;
      if (granted) spentMs += ms;
      return Promise.resolve({ granted, spentMs, budgetMs });
    },
  };
}

/** A client of the run's budget server (see `serveRetryBudget`), for suite workers. */
export function remoteBudget(url: string): RetryBudget {
  return {
    async take(ms) {
      try {
        const res = await fetch(url, { method: 'POST', body: JSON.stringify({ ms }), headers: { 'content-type': 'application/json' } });
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        return (await res.json()) as BudgetGrant;
      } catch (cause) {
        throw new TransportError(`the run's retry budget at ${url} did not answer: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
      }
    },
  };
}
