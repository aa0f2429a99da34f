import { DRIFTS, isDriftMode, type DriftDefinition } from './drift.js';
import { MAX_SLOW_MS } from './types.js';

/** The drift a request asked for, after its parameters. */
export type DriftChoice = { ok: true; drift?: DriftDefinition; slowMs?: number } | { ok: false; message: string };

/**
 * Parses a drift header value: `mode`, optionally with parameters, e.g. `throttled; times=2`
 * (only the first two such requests to the same method and path are throttled, so a client's
 * retry can succeed) or `slow-response; ms=300`. `none` turns drift off.
 */
export function chooseDrift(value: string, counters: Map<string, number>, requestKey: string): DriftChoice {
  const [name = '', ...params] = value.split(';').map((p) => p.trim());
  if (name === 'none' || name === '') return { ok: true };
  if (!isDriftMode(name)) return { ok: false, message: `Unknown drift mode '${name}'` };
  const options = Object.fromEntries(params.map((p) => p.split('=').map((x) => x.trim()) as [string, string]));
  const times = options.times === undefined ? undefined : Number(options.times);
  const ms = options.ms === undefined ? undefined : Number(options.ms);
  if ((times !== undefined && !(Number.isInteger(times) && times >= 0)) || (ms !== undefined && !(ms >= 0))) {
    return { ok: false, message: `Invalid drift parameters in '${value}' (times=<count>, ms=<milliseconds>)` };
  }
  if (times !== undefined) {
    const key = `${value}|${requestKey}`;
    const seen = counters.get(key) ?? 0;
    counters.set(key, seen + 1);
    if (seen >= times) return { ok: true };
  }
  return { ok: true, drift: DRIFTS[name] as DriftDefinition, ...(ms === undefined ? {} : { slowMs: Math.min(ms, MAX_SLOW_MS) }) };
}
