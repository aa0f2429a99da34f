/**
 * Milliseconds to wait before retrying a throttled request: `Retry-After` in seconds (Graph
 * sometimes sends fractions) or as an HTTP date; without one, exponential backoff from 1 s.
 * Jitter (0-20 %) spreads the retries of parallel workers that were throttled together.
 */
export function retryDelayMs(retryAfter: string | undefined, attempt: number, now = Date.now(), random = Math.random): number {
  const jitter = 1 + random() * 0.2;
  const value = retryAfter?.trim();
  if (value && /^\d+(\.\d+)?$/.test(value)) return Math.ceil(Number(value) * 1000 * jitter);
  if (value) {
    const at = Date.parse(value);
    if (!Number.isNaN(at)) return Math.max(0, Math.ceil((at - now) * jitter));
  }
  return Math.ceil(1000 * 2 ** attempt * jitter);
}
