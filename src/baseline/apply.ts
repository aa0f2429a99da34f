import { findingKey } from './key.js';
import type { Baseline, BaselineEntry, BaselineOutcome, Finding } from './types.js';

/**
 * Splits findings into new and known by a baseline, and lists entries that were fixed or expired.
 * `today` is `YYYY-MM-DD`; an entry expires on its `expires` day.
 */
export function applyBaseline(findings: Finding[], baseline: Baseline, today: string): BaselineOutcome {
  const entries = new Map<string, BaselineEntry>(baseline.entries.map((e) => [findingKey(e), e]));
  const matched = new Set<string>();
  const outcome: BaselineOutcome = { fresh: [], known: [], fixed: [], expired: [] };
  for (const finding of findings) {
    const key = findingKey(finding);
    const entry = entries.get(key);
    if (entry) matched.add(key);
    if (entry && !isExpired(entry, today)) outcome.known.push(finding);
    else outcome.fresh.push(finding);
  }
  for (const [key, entry] of entries) {
    if (isExpired(entry, today)) outcome.expired.push(entry);
    else if (!matched.has(key)) outcome.fixed.push(entry);
  }
  return outcome;
}

/** True from the entry's `expires` day on (`today` is `YYYY-MM-DD`). */
export function isExpired(entry: BaselineEntry, today: string): boolean {
  return entry.expires !== undefined && entry.expires <= today;
}
