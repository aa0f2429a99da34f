import type { Violation } from '../../contracts/types.js';
import { formatValue } from './formatValue.js';
import { sourceLabel } from './sourceLabel.js';

/**
 * The readable text of a failed case: one block per violation with its pointer, expected and
 * actual values and the doc line that states the expectation. Shared by JUnit and the console.
 */
export function violationText(violations: readonly Violation[]): string {
  return violations.map(violationBlock).join('\n\n');
}

function violationBlock(v: Violation): string {
  const lines = [`[${v.severity}] ${v.check}: ${v.message}`];
  if (v.pointer !== undefined) lines.push(`  at:       ${v.pointer === '' ? '(body)' : v.pointer}`);
  if (v.expected !== undefined) lines.push(`  expected: ${formatValue(v.expected)}`);
  if (v.actual !== undefined) lines.push(`  actual:   ${formatValue(v.actual)}`);
  if (v.source) lines.push(`  doc:      ${sourceLabel(v.source)}`);
  return lines.join('\n');
}
