import type { CaseResult, CaseState, RunResult, Summary, Transcript } from '../../results/types.js';
import type { DocDiagnostic } from '../../docs/types.js';
import type { ReportOptions } from '../types.js';
import { compareBaseline } from '../utils/compareBaseline.js';
import { groupBy } from '../utils/groupBy.js';
import { jsonDiff, type DiffLine } from '../utils/jsonDiff.js';
import { redactTranscript } from '../utils/redactTranscript.js';
import { summarize } from '../utils/summarize.js';

/** One violation as the page shows it; `diff` is expected vs actual, line by line. */
export interface HtmlViolation {
  check: string;
  severity: string;
  message: string;
  pointer?: string;
  source?: { file: string; line: number };
  diff?: DiffLine[];
}

/**
 * One case, with short keys: a corpus run embeds ~30,000 of them, and passing cases carry only
 * the first six fields. The check id is the part of `id` after `::`.
 */
export interface HtmlCase {
  id: string;
  /** Operation, `METHOD /path`. */
  o: string;
  s: CaseState;
  /** Duration, whole milliseconds. */
  d: number;
  /** Doc line; the file is the page unless `f` says otherwise. */
  l: number;
  f?: string;
  /** Baseline status of a failing or fixed case. */
  b?: 'new' | 'known' | 'fixed';
  v?: HtmlViolation[];
  err?: { code: string; message: string };
  skip?: string;
  req?: string;
  t?: Transcript;
}

/** Everything the page script renders, embedded as JSON. */
export interface HtmlData {
  meta: Pick<RunResult, 'target' | 'baseUrl' | 'docs' | 'shard' | 'startedAt' | 'durationMs' | 'complete'> & {
    summary: Summary;
    docsBaseUrl: string;
    baseline?: { new: number; known: number; fixed: string[] };
  };
  /** Resources, failing ones first, each with its doc pages. */
  groups: { resource: string; pages: { page: string; cases: HtmlCase[] }[] }[];
  diagnostics: DocDiagnostic[];
}

/** Shapes a run into the page's data: grouped, trimmed, redacted, with diffs computed. */
export function htmlData(run: RunResult, options: ReportOptions): HtmlData {
  const comparison = options.baseline ? compareBaseline(run.cases, options.baseline) : undefined;
  const status = new Map<string, HtmlCase['b']>();
  if (comparison) for (const key of ['new', 'known', 'fixed'] as const) for (const id of comparison[key]) status.set(id, key);
  const groups = [...groupBy(run.cases, (c) => c.resource ?? '(no resource)')].map(([resource, cases]) => ({
    resource,
    pages: [...groupBy(cases, (c) => c.page)].map(([page, pageCases]) => ({ page, cases: pageCases.map((c) => htmlCase(c, status.get(c.id))) })),
  }));
  const failing = (g: (typeof groups)[number]) => g.pages.some((p) => p.cases.some((c) => c.s === 'failed' || c.s === 'error'));
  groups.sort((a, b) => Number(failing(b)) - Number(failing(a)) || a.resource.localeCompare(b.resource));
  const { target, baseUrl, docs, shard, startedAt, durationMs, complete } = run;
  const baseline = comparison && { new: comparison.new.length, known: comparison.known.length, fixed: comparison.fixed };
  return {
    meta: { target, baseUrl, docs, shard, startedAt, durationMs, complete, summary: summarize(run.cases), docsBaseUrl: options.docsBaseUrl ?? '', baseline },
    groups,
    diagnostics: run.diagnostics,
  };
}

function htmlCase(c: CaseResult, baseline: HtmlCase['b']): HtmlCase {
  const out: HtmlCase = { id: c.id, o: c.operation, s: c.state, d: Math.round(c.durationMs), l: c.source.line };
  if (c.source.file !== c.page) out.f = c.source.file;
  if (baseline) out.b = baseline;
  if (c.state === 'passed') return out;
  if (c.violations.length) out.v = c.violations.map(({ check, severity, message, pointer, source, expected, actual }) => ({ check, severity, message, pointer, source, diff: jsonDiff(expected, actual) }));
  if (c.error) out.err = c.error;
  if (c.skipReason) out.skip = c.skipReason;
  if (c.requestId) out.req = c.requestId;
  if (c.transcript && c.state !== 'skipped') out.t = redactTranscript(c.transcript);
  return out;
}
