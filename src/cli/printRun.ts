import type { RunContractsResult } from '../runner/runContracts.js';
import { jsonPreview } from '../reporters/utils/jsonPreview.js';
import { summaryLine } from '../results/summary.js';
import type { CaseResult } from '../results/types.js';

const MAX_SHOWN = 20;

const show = (value: unknown): string => jsonPreview(value, 160);

/** Lines describing one failed or errored case. */
function caseLines(c: CaseResult): string[] {
  if (c.state === 'error') return [`! ${c.name}`, `    ${c.error?.code}: ${c.error?.message}`];
  const lines = [`✗ ${c.name}`];
  for (const v of c.violations) {
    const at = v.pointer === undefined ? '' : `${v.pointer || '(body)'}: `;
    const source = v.source ?? c.source;
    lines.push(`    [${v.severity}] ${at}${v.message}`, `      expected ${show(v.expected)}, actual ${show(v.actual)} (${source.file}:${source.line})`);
  }
  for (const d of c.docDefects ?? []) lines.push(`    doc defect: ${d.reason}`);
  return lines;
}

/**
 * The end of a run on the console: the failures and errors (first few), tool problems, where the
 * reports are, and last the summary line (`summaryLine`: `[interrupted: ]N passed, N failed, …`).
 */
export function printRun(result: RunContractsResult, out: (line: string) => void, err: (line: string) => void): void {
  const bad = result.run.cases.filter((c) => c.state === 'failed' || c.state === 'error');
  for (const c of bad.slice(0, MAX_SHOWN)) for (const line of caseLines(c)) err(line);
  if (bad.length > MAX_SHOWN) err(`… and ${bad.length - MAX_SHOWN} more failed or errored cases in the reports`);
  for (const m of result.moduleErrors) err(`! ${m.module}: ${m.message}`);
  for (const u of result.unhandledErrors) err(`! unhandled: ${u}`);
  for (const f of result.written.failed) err(`! could not write ${f.file}: ${f.message}`);
  const explained = result.run.cases.filter((c) => c.state === 'failed' && c.docDefects).length;
  if (explained > 0) err(`${explained} of ${result.run.summary.failed} failed cases are doc defects: the page's own example breaks the type its pages document (fix the docs; \`docDefects\` in results.json)`);
  if (result.written.written.length > 0) err(`reports: ${result.written.written.join(', ')}`);
  out(summaryLine(result.run));
}
