import { findingKey, findingsOfCase, isExpired } from '../../baseline/index.js';
import type { CaseResult } from '../../results/types.js';
import type { ReportBaseline } from '../types.js';

/** Failures of a run sorted against a baseline. */
export interface BaselineComparison {
  /** Failing or erroring now, not accepted by the baseline. */
  new: string[];
  /** Failing now, and accepted by the baseline. */
  known: string[];
  /** In the baseline and passed now. A known case that was skipped or not run is neither fixed nor known. */
  fixed: string[];
}

/**
 * Compares the cases of a run with a baseline. Against a release baseline a failed case is known
 * when an unexpired entry accepts every one of its violations (the rule `gate` applies), and an
 * error is always new: a baseline accepts contract failures, not an unreachable tenant. Against an
 * earlier run, cases compare by id.
 */
export function compareBaseline(cases: readonly CaseResult[], baseline: ReportBaseline): BaselineComparison {
  const { isKnown, wasKnown } = baseline.kind === 'run' ? byCaseId(baseline.failures) : byFinding(baseline);
  const result: BaselineComparison = { new: [], known: [], fixed: [] };
  for (const c of cases) {
    if (c.state === 'failed' || c.state === 'error') (isKnown(c) ? result.known : result.new).push(c.id);
    else if (c.state === 'passed' && wasKnown(c)) result.fixed.push(c.id);
  }
  return result;
}

type Matchers = { isKnown: (c: CaseResult) => boolean; wasKnown: (c: CaseResult) => boolean };

function byCaseId(failures: string[]): Matchers {
  const known = new Set(failures);
  return { isKnown: (c) => known.has(c.id), wasKnown: (c) => known.has(c.id) };
}

function byFinding({ baseline, today }: Extract<ReportBaseline, { kind: 'release' }>): Matchers {
  const entries = baseline.entries.filter((e) => e.kind === 'contract' && !isExpired(e, today));
  const accepted = new Set(entries.map(findingKey));
  // A case id is `<contract id>::<check id>`, and a contract entry's target and rule are those two.
  const caseIds = new Set(entries.map((e) => `${e.target}::${e.rule}`));
  return {
    isKnown: (c) => {
      const findings = findingsOfCase(c);
      return findings.length > 0 && findings.every((f) => accepted.has(findingKey(f)));
    },
    wasKnown: (c) => caseIds.has(c.id),
  };
}
