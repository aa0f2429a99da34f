import { ThrottleBudgetError } from '../errors.js';

/** Retry accounting shared by all requests of a run. */
export interface ThrottleBudget {
  /** Reserves `delayMs` of waiting for retry number `attempt` (1-based) of one request, or throws. */
  take(delayMs: number, attempt: number, what: string): void;
  /** Retries made and time spent waiting so far. */
  readonly stats: { retries: number; waitedMs: number };
}

/**
 * A bounded budget: at most `maxRetries` retries per request and `budgetMs` of waiting in total,
 * so a tenant that keeps throttling ends the run with an error instead of stretching it for hours.
 */
export function throttleBudget(maxRetries: number, budgetMs: number): ThrottleBudget {
  const stats = { retries: 0, waitedMs: 0 };
  return {
    stats,
    take(delayMs, attempt, what) {
      if (attempt > maxRetries) {
        throw new ThrottleBudgetError(`${what} still throttled after ${maxRetries} retries (GRAPH_MAX_RETRIES)`);
      }
      if (stats.waitedMs + delayMs > budgetMs) {
        throw new ThrottleBudgetError(
          `${what} throttled: waiting ${delayMs} ms more would exceed the run's budget of ${budgetMs} ms (GRAPH_RETRY_BUDGET_MS, ${stats.waitedMs} ms spent)`,
        );
      }
      stats.retries += 1;
      stats.waitedMs += delayMs;
    },
  };
}
