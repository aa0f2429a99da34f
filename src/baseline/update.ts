import { compareByKey, findingKey } from './key.js';
import type { Baseline, BaselineEntry, Finding } from './types.js';

/** Owner and reason given to findings that enter a baseline for the first time. */
export interface NewEntryDefaults {
  /** @default 'unassigned' */
  owner?: string;
  /** @default 'known when the baseline was written' */
  reason?: string;
}

/**
 * A baseline accepting exactly `findings`. Entries of `previous` that still match keep their owner,
 * reason and expiry; fixed ones are dropped. Sorted and free of timestamps, so it diffs cleanly.
 */
export function updateBaseline(findings: Finding[], previous: Baseline | undefined, defaults: NewEntryDefaults = {}): Baseline {
  const kept = new Map((previous?.entries ?? []).map((e) => [findingKey(e), e]));
  const entries = new Map<string, BaselineEntry>();
  for (const f of findings) {
    const key = findingKey(f);
    if (entries.has(key)) continue;
    const old = kept.get(key);
    entries.set(key, {
      kind: f.kind,
      rule: f.rule,
      target: f.target,
      pointer: f.pointer,
      owner: old?.owner ?? defaults.owner ?? 'unassigned',
      reason: old?.reason ?? defaults.reason ?? 'known when the baseline was written',
      ...(old?.expires ? { expires: old.expires } : {}),
    });
  }
  return {
    version: 1,
    generated: 'graph-contracts --update-baseline; edit owner, reason and expires by hand',
    entries: [...entries.values()].sort(compareByKey),
  };
}
