/**
 * How much a finding matters. Shared by doc diagnostics and contract violations so that one
 * `--fail-severity` threshold means the same thing everywhere.
 */
export type Severity =
  /** The API or doc is wrong in a way a client would break on (wrong type, undocumented status). */
  | 'error'
  /** Probably wrong, but a tolerant client survives it (undocumented extra property, placeholder value). */
  | 'warning'
  /** Worth knowing when reading a report; never fails a run on its own (tolerated syntax defect). */
  | 'info'
  /** A suggestion for the doc author (style, a likely typo in an annotation key). */
  | 'hint';

/** Severities from most to least serious. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

/** True when `s` is at least as serious as `threshold`. */
export function atLeast(s: Severity, threshold: Severity): boolean {
  return SEVERITIES.indexOf(s) <= SEVERITIES.indexOf(threshold);
}
