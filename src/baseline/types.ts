import type { SourceRef } from '../docs/types.js';
import type { Severity } from '../severity.js';

/**
 * Something a release gate reports: a doc lint finding (`lint`) or a failed contract check
 * (`contract`). Baselines match findings by `kind` + `rule` + `target` + `pointer`, never by
 * message text, so rewording a message or moving a doc line does not turn a known finding new.
 */
export interface Finding {
  kind: 'lint' | 'contract';
  /** Lint rule id or contract check id. */
  rule: string;
  /** Docs file (`api/user-get.md`) for lint findings, contract id for contract failures. */
  target: string;
  /** JSON pointer to the value at fault, or the heading path of the doc section (`/sections/Permissions`). */
  pointer: string;
  severity: Severity;
  message: string;
  source?: SourceRef;
}

/** A known finding, accepted for now by a named owner for a stated reason. */
export interface BaselineEntry {
  kind: Finding['kind'];
  rule: string;
  target: string;
  pointer: string;
  /** Who answers for fixing it (team or person). */
  owner: string;
  reason: string;
  /** `YYYY-MM-DD`; from that day on the finding counts as new again. */
  expires?: string;
}

/** A baseline file (`--baseline <file>`), written deterministically by `--update-baseline`. */
export interface Baseline {
  version: 1;
  generated?: string;
  entries: BaselineEntry[];
}

/** Findings split by a baseline. */
export interface BaselineOutcome {
  /** Findings no entry accepts: these fail the gate. */
  fresh: Finding[];
  /** Findings an unexpired entry accepts. */
  known: Finding[];
  /** Entries that matched nothing: the finding was fixed (or its page/contract is gone). */
  fixed: BaselineEntry[];
  /** Entries past their expiry date; the findings they matched are in `fresh`. */
  expired: BaselineEntry[];
}
