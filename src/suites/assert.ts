import type { Contract, Violation } from '../contracts/types.js';
import { jsonPreview } from '../reporters/utils/jsonPreview.js';
import { atLeast, type Severity } from '../severity.js';

/** A contract violation as a test failure: its message is the whole readable report. */
export class ContractViolationError extends Error {
  constructor(message: string, readonly violations: Violation[]) {
    super(message);
    this.name = 'ContractViolation';
  }
}

const show = (value: unknown): string => (value === undefined ? '(absent)' : jsonPreview(value, 300));

/**
 * One readable block for a contract's violations: the doc page and operation, then per finding
 * the JSON pointer, the message, expected vs actual and the doc file:line that states the rule.
 */
export function formatViolations(contract: Contract, violations: Violation[]): string {
  const head = `${violations.length} violation${violations.length === 1 ? '' : 's'} of ${contract.page} (${contract.request.method} ${contract.operation.pathTemplate}):`;
  const lines = [head];
  for (const v of violations) {
    const at = v.pointer === undefined ? '' : `${v.pointer || '(body)'}: `;
    lines.push(`  ✗ [${v.severity}] ${at}${v.message}`);
    if (v.expected !== undefined || v.actual !== undefined) {
      lines.push(`      expected: ${show(v.expected)}`, `      actual:   ${show(v.actual)}`);
    }
    const source = v.source ?? contract.source.request;
    lines.push(`      doc:      ${source.file}:${source.line}`);
  }
  return lines.join('\n');
}

/** The one assertion of the suites: throws a readable failure when a violation reaches `threshold`. */
export function expectNoViolations(contract: Contract, violations: Violation[], threshold: Severity = 'error'): void {
  const failing = violations.filter((v) => atLeast(v.severity, threshold));
  if (failing.length > 0) throw new ContractViolationError(formatViolations(contract, failing), failing);
}
