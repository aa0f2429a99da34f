import { RunnerError, TargetServerError, TenantUnreachableError, ThrottleBudgetError, TransportError } from '../errors.js';
import { localBudget, type RetryBudget } from './budget.js';
import { redact } from '../redact/index.js';
import { isReadOnly } from './method.js';
import { retryAfterMs } from './retryAfter.js';
import type { HttpRequest, HttpResponse, Transport } from './types.js';

/** How throttled, failing and broken exchanges are retried. */
export interface RetryPolicy {
  /** Attempts per request, the first included. @default 4 */
  maxAttempts: number;
  /** First backoff step when the server gives no `Retry-After`. @default 250 */
  baseDelayMs: number;
  /** Longest single wait. @default 10000 */
  maxDelayMs: number;
  /**
   * Total waiting allowed over the run: the suite workers share one budget (see
   * `serveRetryBudget`); a transport given no budget keeps its own. @default 60000
   */
  budgetMs: number;
  /**
   * Retry 5xx other than 503 and turn what persists into an error. Off for requests whose
   * documented answer is itself a 5xx, so the checks judge it. @default true
   */
  serverErrors: boolean;
}

/** Defaults of `RetryPolicy`. */
export const defaultRetryPolicy: RetryPolicy = { maxAttempts: 4, baseDelayMs: 250, maxDelayMs: 10_000, budgetMs: 60_000, serverErrors: true };

/** Time and randomness, injectable so tests run instantly and deterministically. */
export interface RetryClock {
  sleep(ms: number): Promise<void>;
  random(): number;
}

const realClock: RetryClock = { sleep: (ms) => new Promise((r) => setTimeout(r, ms)), random: Math.random };

/**
 * Wraps a transport: 429/503 wait for `Retry-After` (fractional seconds too) plus a little
 * jitter; other 5xx and network errors back off exponentially with full jitter. Waiting is
 * bounded per request (`maxAttempts`) and in total (`budget`, by default `budgetMs` of this
 * transport alone). What still fails becomes a `RunnerError` (an `error` outcome), never a
 * response the checks would judge. Only exchanges are retried here; assertion failures never are.
 *
 * A write (any request but a plain GET, see `isReadOnly`) is sent again only after an answer
 * saying it was not processed (`notProcessed`): a timeout, a reset connection or a 5xx leave its
 * outcome unknown, and sending a create twice makes two resources. Such a write ends as an error
 * at once; the live ledger still finds what it may have created (see `src/live`).
 */
export function withRetries(inner: Transport, policy: Partial<RetryPolicy> = {}, clock: RetryClock = realClock, budget?: RetryBudget): Transport {
  const p = { ...defaultRetryPolicy, ...policy };
  const total = budget ?? localBudget(p.budgetMs);

  async function wait(ms: number, why: string): Promise<void> {
    const grant = await total.take(ms);
    if (!grant.granted) {
      throw new ThrottleBudgetError(`the run's retry budget of ${grant.budgetMs} ms is spent (${grant.spentMs} ms waited); ${why}`);
    }
    await clock.sleep(ms);
  }

  function backoff(attempt: number): number {
    return Math.round(clock.random() * Math.min(p.maxDelayMs, p.baseDelayMs * 2 ** attempt)) + 1;
  }

  return {
    kind: inner.kind,
    baseUrl: inner.baseUrl,
    close: inner.close?.bind(inner),
    async send(request: HttpRequest): Promise<HttpResponse> {
      const what = `${request.method} ${request.url}`;
      const write = !isReadOnly(request);
      for (let attempt = 1; ; attempt++) {
        const last = attempt >= p.maxAttempts;
        let response: HttpResponse;
        try {
          response = await inner.send(request);
        } catch (cause) {
          const reason = describe(cause);
          // Refused before sending (write gate, interrupt) or signed in wrongly: sending again changes nothing.
          if (cause instanceof RunnerError && !(cause instanceof TenantUnreachableError)) throw cause;
          if (write) throw new TransportError(`${what}: outcome unknown (${reason}); a write is not sent twice`, { cause });
          if (last) throw new TransportError(`${what} failed after ${attempt} attempts: ${reason}`, { cause });
          await wait(backoff(attempt), `${what}: ${reason}`);
          continue;
        }
        const throttled = response.status === 429 || response.status === 503;
        if (!throttled && (response.status < 500 || !p.serverErrors)) return response;
        if (write && !notProcessed(response)) {
          if (!p.serverErrors) return response;
          throw new TargetServerError(response.status, `${what} answered ${response.status}, outcome unknown; a write is not sent twice: ${excerpt(response)}`);
        }
        if (last) {
          if (throttled) throw new ThrottleBudgetError(`${what} still answered ${response.status} after ${attempt} attempts`);
          throw new TargetServerError(response.status, `${what} answered ${response.status} after ${attempt} attempts: ${excerpt(response)}`);
        }
        const after = throttled ? retryAfterMs(response.headers['retry-after']) : undefined;
        const delay = after === undefined ? backoff(attempt) : Math.round(after * (1 + 0.1 * clock.random()));
        if (after !== undefined && after > p.maxDelayMs) {
          throw new ThrottleBudgetError(`${what}: Retry-After ${after / 1000}s exceeds the longest wait of ${p.maxDelayMs / 1000}s`);
        }
        await wait(delay, `${what} answered ${response.status}`);
      }
    },
  };
}

/**
 * Whether an answer says the request was not processed, so a write may be sent again: 429 (Graph
 * throttles before it processes anything) or 503 with `Retry-After` (the service asks to be asked
 * again later). A 503 without it, or any other 5xx, may come after the work was done.
 */
export function notProcessed(response: HttpResponse): boolean {
  return response.status === 429 || (response.status === 503 && retryAfterMs(response.headers['retry-after']) !== undefined);
}

/** The start of an answer's body for an error text: redacted before it is cut, so no part of a secret survives the cut. */
function excerpt(response: HttpResponse): string {
  return redact(response.text).slice(0, 200);
}

function describe(err: unknown): string {
  if (err instanceof Error) {
    const code = (err as { code?: string }).code;
    return code ? `${code} ${err.message}` : err.message;
  }
  return String(err);
}
