import { gate } from '../baseline/gate.js';
import type { Baseline, Finding, GateResult } from '../baseline/index.js';
import type { Severity } from '../severity.js';
import { formatJson } from './format/json.js';
import { formatSarif } from './format/sarif.js';
import { formatText } from './format/text.js';
import { lintDocs, type LintOptions } from './lint.js';
import { toFindings } from './toFindings.js';
import type { LintContext } from './types.js';

/** Output formats of `graph-contracts lint`. */
export const LINT_FORMATS = ['text', 'json', 'sarif'] as const;
export type LintFormat = (typeof LINT_FORMATS)[number];

/** Options of `lintReport`. */
export interface LintReportOptions extends LintOptions {
  format: LintFormat;
  /** Findings at or above this fail the gate. @default 'warning' */
  failSeverity?: Severity;
  baseline?: Baseline;
  /** `YYYY-MM-DD`, for baseline expiry. */
  today: string;
  /** For SARIF: tool version and the docs root the paths are relative to. */
  version?: string;
  docsRoot?: string;
}

/** The lint report as text/JSON/SARIF plus the gate decision. Pure. */
export interface LintReport {
  output: string;
  findings: Finding[];
  gate: GateResult;
  /** Rule ids reported by a stage but missing from the registry. */
  unregistered: string[];
}

/** What lint found in a build, as the gate reads it: plain data, which a build cache keeps per docs version. */
export interface LintFound {
  findings: Finding[];
  /** Rule ids reported by a stage but missing from the registry. */
  unregistered: string[];
  /** API and resource pages linted: none means nothing was checked (includes and other pages alone document no API). */
  pageCount: number;
}

/** Lints a build (rules in `disable` left out) and turns the findings into gate findings. */
export function lintFound(ctx: LintContext, options: LintOptions = {}): LintFound {
  const result = lintDocs(ctx, options);
  return { findings: toFindings(result.findings, ctx.pages), unregistered: result.unregistered, pageCount: ctx.pages.filter((p) => p.kind === 'api' || p.kind === 'resource').length };
}

/**
 * Lints a build, or takes what `lintFound` found (with the same `disable`), and decides the gate:
 * one call for the `lint` command.
 */
export function lintReport(lint: LintContext | LintFound, options: LintReportOptions): LintReport {
  const { findings, unregistered } = 'pages' in lint ? lintFound(lint, options) : lint;
  const decision = gate(findings, { today: options.today, failSeverity: options.failSeverity ?? 'warning', ...(options.baseline ? { baseline: options.baseline } : {}) });
  const outcome = decision.outcome ? { outcome: decision.outcome } : {};
  const output =
    options.format === 'sarif'
      ? formatSarif(findings, { ...outcome, ...(options.version ? { version: options.version } : {}), ...(options.docsRoot ? { docsRoot: options.docsRoot } : {}) })
      : options.format === 'json'
        ? formatJson(findings, outcome)
        : formatText(findings, outcome);
  return { output, findings, gate: decision, unregistered };
}
