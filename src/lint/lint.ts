import type { DocDiagnostic } from '../docs/types.js';
import { append } from '../util/append.js';
import { RULES, ruleById } from './rules/index.js';
import type { LintContext, LintFinding } from './types.js';

/** Which rules run. */
export interface LintOptions {
  /** Rule ids to leave out (lint-only rules are not run; build diagnostics with these ids are dropped). @default [] */
  disable?: string[];
}

/** What lint found, sorted by file, line, rule. */
export interface LintResult {
  findings: LintFinding[];
  /** Ids of findings that no registered rule describes: a rule id the registry must learn. */
  unregistered: string[];
}

/**
 * Lints parsed docs: the diagnostics the parser and model already reported, plus every lint-only
 * rule run over the pages and model. A rule that throws is a bug and is reported as one, naming it.
 */
export function lintDocs(ctx: LintContext, options: LintOptions = {}): LintResult {
  const off = new Set(options.disable ?? []);
  const parts = ctx.versions ?? [{ pages: ctx.pages, model: ctx.model }];
  const found: LintFinding[] = dedupe([...ctx.pages.flatMap((p) => p.diagnostics), ...parts.flatMap((v) => v.model.diagnostics), ...(ctx.diagnostics ?? [])]);
  for (const rule of RULES) {
    if (!rule.run || off.has(rule.id)) continue;
    try {
      for (const part of parts) append(found, rule.run({ ...ctx, pages: part.pages, model: part.model }));
    } catch (err) {
      throw new Error(`lint rule ${rule.id} failed: ${(err as Error).message}`, { cause: err });
    }
  }
  const findings = found.filter((f) => !off.has(f.rule)).sort(compare);
  const unregistered = [...new Set(findings.map((f) => f.rule).filter((id) => !ruleById(id)))].sort();
  return { findings, unregistered };
}

// The model may carry page diagnostics forward; count each once.
function dedupe(diags: DocDiagnostic[]): LintFinding[] {
  const seen = new Set<string>();
  return diags.filter((d) => {
    const key = `${d.rule}\n${d.source.file}\n${d.source.line}\n${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function compare(a: LintFinding, b: LintFinding): number {
  if (a.source.file !== b.source.file) return a.source.file < b.source.file ? -1 : 1;
  if (a.source.line !== b.source.line) return a.source.line - b.source.line;
  if (a.rule !== b.rule) return a.rule < b.rule ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}
