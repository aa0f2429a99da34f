import { buildFromFiles } from '../../pipeline.js';
import { lintDocs } from '../lint.js';
import type { LintFinding } from '../types.js';
import type { Docs } from './testRule.js';

/** Builds docs through the real pipeline and lints them: what `graph-contracts lint` sees. */
export function lintFiles(docs: Docs): LintFinding[] {
  const build = buildFromFiles(Object.entries(docs).map(([file, text]) => ({ file, text })), 'test');
  return lintDocs({ pages: build.pages, model: build.model, diagnostics: build.set.diagnostics }).findings;
}
