import { describe, expect, it } from 'vitest';
import { parseDoc } from '../../docs/index.js';
import type { ApiModel } from '../../model/types.js';
import { lintDocs } from '../lint.js';
import { RULES } from '../rules/index.js';
import type { LintFinding } from '../types.js';

/** Docs for a test: file path (relative to the docs root) → markdown. */
export type Docs = Record<string, string>;

/** One table row of a rule test: docs in, the findings of that rule out (file:line + pointer). */
export interface RuleCase {
  name: string;
  docs: Docs;
  /** `file:line` of each expected finding, in report order; `[]` for a passing doc. */
  findings: string[];
  pointers?: string[];
}

const emptyModel: ApiModel = { resources: {}, enums: {}, operations: [], diagnostics: [] };

/** Lints docs with only `ruleId` enabled. */
export function lintOnly(ruleId: string, docs: Docs, model: (pages: ReturnType<typeof parseDoc>[]) => ApiModel = () => emptyModel): LintFinding[] {
  const pages = Object.entries(docs).map(([file, text]) => parseDoc({ file, text }));
  const disable = RULES.map((r) => r.id).filter((id) => id !== ruleId);
  return lintDocs({ pages, model: model(pages) }, { disable }).findings;
}

/** Table-driven rule test (as Spectral's `tester.ts`): each case lints its docs with one rule. */
export function testRule(ruleId: string, cases: RuleCase[], model?: (pages: ReturnType<typeof parseDoc>[]) => ApiModel): void {
  describe(ruleId, () => {
    it.for(cases)('$name', (c) => {
      const found = lintOnly(ruleId, c.docs, model);
      expect(found.map((f) => `${f.source.file}:${f.source.line}`)).toEqual(c.findings);
      expect(found.every((f) => f.rule === ruleId)).toBe(true);
      if (c.pointers) expect(found.map((f) => f.pointer)).toEqual(c.pointers);
    });
  });
}

/** A markdown page from lines (keeps line numbers in tests readable). */
export const md = (...lines: string[]): string => `${lines.join('\n')}\n`;
