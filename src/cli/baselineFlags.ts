import type { NewEntryDefaults } from '../baseline/index.js';

/** `--owner` / `--reason` as defaults for entries new to a baseline. */
export function newEntryDefaults(flags: { owner?: string; reason?: string }): NewEntryDefaults {
  return { ...(flags.owner ? { owner: flags.owner } : {}), ...(flags.reason ? { reason: flags.reason } : {}) };
}
