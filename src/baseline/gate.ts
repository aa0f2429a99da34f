import { atLeast, type Severity } from '../severity.js';
import { applyBaseline } from './apply.js';
import type { Baseline, BaselineOutcome, Finding } from './types.js';

/** What a release gate decides from findings and an optional baseline. */
export interface GateResult {
  /** Present when a baseline was given. */
  outcome?: BaselineOutcome;
  /** Findings at or above the fail severity that no baseline entry accepts. */
  failing: Finding[];
  pass: boolean;
}

/**
 * Passes when no finding at or above `failSeverity` is new: without a baseline every such finding
 * is new; with one, only those it does not accept (or accepts with an expired entry).
 */
export function gate(findings: Finding[], options: { baseline?: Baseline; today: string; failSeverity: Severity }): GateResult {
  const relevant = findings.filter((f) => atLeast(f.severity, options.failSeverity));
  if (!options.baseline) return { failing: relevant, pass: relevant.length === 0 };
  const outcome = applyBaseline(relevant, options.baseline, options.today);
  return { outcome, failing: outcome.fresh, pass: outcome.fresh.length === 0 };
}
