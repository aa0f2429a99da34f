import type { CaseResult, CaseState, RunResult, Summary, Transcript } from '../../results/types.js';
import type { DocDiagnostic, SourceRef } from '../../docs/types.js';
import type { ReportOptions } from '../types.js';
import { compareBaseline } from '../utils/compareBaseline.js';
import { groupBy } from '../../util/groupBy.js';
import { jsonDiff, type DiffLine } from '../utils/jsonDiff.js';
import { clipTranscript } from '../utils/clipTranscript.js';
import { summarize } from '../../results/summary.js';
import { fileHref } from '../docLinks.js';

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
 * One case (a check of a documented request), with short keys: a corpus run embeds ~30,000 of
 * them, and a passing case carries only the first four fields (~40 bytes).
 */
export interface HtmlCase {
  /** Index of the check id in `HtmlData.checks`. */
  k: number;
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
  /** Transcript, when it differs from the one of its request (`HtmlRequest.t`). */
  t?: Transcript;
  /** Doc defects explaining the failure (`CaseResult.docDefects`): reason, example and table row. */
  dd?: { reason: string; example: SourceRef; definition?: SourceRef }[];
}

/** A documented request: its checks share the operation and, usually, one transcript. */
export interface HtmlRequest {
  /** Contract id; a case id is `<id>::<check id>`. */
  id: string;
  /** Operation, `METHOD /path`. */
  o: string;
  t?: Transcript;
  cases: HtmlCase[];
}

/** Everything the page script renders, embedded as JSON. */
export interface HtmlData {
  meta: Pick<RunResult, 'target' | 'baseUrl' | 'docs' | 'shard' | 'startedAt' | 'durationMs' | 'complete'> & {
    summary: Summary;
    /** Doc file → its link (see `reporters/docLinks.ts`); a file not listed is shown as text. */
    docHrefs: Record<string, string>;
    /** The links take a line anchor (`#L12`). */
    docLineAnchors: boolean;
    baseline?: { new: number; known: number; fixed: string[] };
  };
  checks: string[];
  /** Resources, failing ones first, each with its doc pages and their requests. */
  groups: { resource: string; pages: { page: string; requests: HtmlRequest[] }[] }[];
  diagnostics: DocDiagnostic[];
}

/** Shapes a run into the page's data: grouped, trimmed (transcripts arrive redacted), with diffs computed. */
export function htmlData(run: RunResult, options: ReportOptions): HtmlData {
  const comparison = options.baseline ? compareBaseline(run.cases, options.baseline) : undefined;
  const status = new Map<string, HtmlCase['b']>();
  if (comparison) for (const key of ['new', 'known', 'fixed'] as const) for (const id of comparison[key]) status.set(id, key);
  const checks = [...new Set(run.cases.map((c) => c.checkId))].sort();
  const checkIndex = new Map(checks.map((id, i) => [id, i]));
  const request = (cases: CaseResult[]): HtmlRequest => {
    const shown = cases.find((c) => c.transcript && c.state !== 'passed' && c.state !== 'skipped')?.transcript;
    const t = shown && clipTranscript(shown);
    const key = t && JSON.stringify(t);
    const out: HtmlRequest = { id: cases[0]!.contractId, o: cases[0]!.operation, cases: cases.map((c) => htmlCase(c, checkIndex.get(c.checkId)!, status.get(c.id), key)) };
    if (t) out.t = t;
    return out;
  };
  const groups = [...groupBy(run.cases, (c) => c.resource ?? '(no resource)')].map(([resource, cases]) => ({
    resource,
    pages: [...groupBy(cases, (c) => c.page)].map(([page, pageCases]) => ({ page, requests: [...groupBy(pageCases, (c) => c.contractId).values()].map(request) })),
  }));
  const failing = (g: (typeof groups)[number]) => g.pages.some((p) => p.requests.some((r) => r.cases.some((c) => c.s === 'failed' || c.s === 'error')));
  groups.sort((a, b) => Number(failing(b)) - Number(failing(a)) || a.resource.localeCompare(b.resource));
  const { target, baseUrl, docs, shard, startedAt, durationMs, complete } = run;
  const baseline = comparison && { new: comparison.new.length, known: comparison.known.length, fixed: comparison.fixed };
  return {
    meta: { target, baseUrl, docs, shard, startedAt, durationMs, complete, summary: summarize(run.cases), ...docLinksOf(run), baseline },
    checks,
    groups,
    diagnostics: run.diagnostics,
  };
}

function htmlCase(c: CaseResult, check: number, baseline: HtmlCase['b'], requestTranscript: string | undefined): HtmlCase {
  const out: HtmlCase = { k: check, s: c.state, d: Math.round(c.durationMs), l: c.source.line };
  if (c.source.file !== c.page) out.f = c.source.file;
  if (baseline) out.b = baseline;
  if (c.state === 'passed') return out;
  if (c.violations.length) out.v = c.violations.map(({ check, severity, message, pointer, source, expected, actual }) => ({ check, severity, message, pointer, source, diff: jsonDiff(expected, actual) }));
  if (c.docDefects) out.dd = c.docDefects.map(({ reason, example, definition }) => ({ reason, example, ...(definition ? { definition } : {}) }));
  if (c.error) out.err = c.error;
  if (c.skipReason) out.skip = c.skipReason;
  if (c.requestId) out.req = c.requestId;
  if (c.transcript && c.state !== 'skipped') {
    const t = clipTranscript(c.transcript);
    if (JSON.stringify(t) !== requestTranscript) out.t = t;
  }
  return out;
}

/** The link of every doc file the run mentions. */
function docLinksOf(run: RunResult): { docHrefs: Record<string, string>; docLineAnchors: boolean } {
  const files = new Set<string>(run.diagnostics.map((d) => d.source.file));
  for (const c of run.cases) {
    files.add(c.page).add(c.source.file);
    for (const v of c.violations) if (v.source) files.add(v.source.file);
    for (const d of c.docDefects ?? []) {
      files.add(d.example.file);
      if (d.definition) files.add(d.definition.file);
    }
  }
  const docHrefs: Record<string, string> = {};
  for (const file of [...files].sort()) {
    const href = fileHref(run.docLinks, file);
    if (href) docHrefs[file] = href;
  }
  return { docHrefs, docLineAnchors: run.docLinks?.kind === 'url' };
}
