import type { Check, Violation } from './types.js';

/** Stamps a finding with the id and severity of the check that made it. */
export function finding(check: Pick<Check, 'id' | 'severity'>, fields: Omit<Violation, 'check' | 'severity'>): Violation {
  return { check: check.id, severity: check.severity, ...fields };
}
