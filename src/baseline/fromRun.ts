import type { CaseResult, RunResult } from '../results/types.js';
import type { Finding } from './types.js';

/**
 * Contract failures of a run as findings, one per violation: check id + contract id + JSON pointer
 * (the response body pointer, or `''` for a finding about the whole response, e.g. its status).
 */
export function findingsFromRun(run: Pick<RunResult, 'cases'>): Finding[] {
  return run.cases.flatMap(findingsOfCase);
}

/** The findings of one case: none unless it failed. */
export function findingsOfCase(c: CaseResult): Finding[] {
  return c.state !== 'failed'
    ? []
    : c.violations.map((v) => ({
        kind: 'contract' as const,
        rule: v.check || c.checkId,
        target: c.contractId,
        pointer: v.pointer ?? '',
        severity: v.severity,
        message: v.message,
        ...(v.source ? { source: v.source } : { source: c.source }),
      }));
}
