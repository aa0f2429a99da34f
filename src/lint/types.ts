import type { DocDiagnostic, DocPage } from '../docs/types.js';
import type { ApiModel } from '../model/types.js';
import type { Severity } from '../severity.js';

/** What lint rules read: the parsed pages and the model built from them. */
export interface LintContext {
  pages: DocPage[];
  model: ApiModel;
  /** Diagnostics of later build stages (schemas, contracts), reported alongside the model's. @default [] */
  diagnostics?: DocDiagnostic[];
  /**
   * Docs of both API versions: each version's pages with its own model (a rule then runs once per
   * version, so a v1.0 page is never judged by the beta model). @default one part: `pages`, `model`
   */
  versions?: { pages: DocPage[]; model: ApiModel }[];
}

/**
 * A doc finding. `pointer` locates it independently of line numbers (a JSON pointer into the
 * example or table, e.g. `/permissions/Application`); baselines key on it. When absent, the heading
 * path of the finding's section stands in (see `findingPointer`).
 */
export interface LintFinding extends DocDiagnostic {
  pointer?: string;
}

/** Which stage reports a rule: the docs parser, the model, the schema or contract derivation, lint itself, or the CSDL cross-check. */
export type RuleOrigin = 'docs' | 'model' | 'schemas' | 'contracts' | 'lint' | 'csdl';

/**
 * A doc rule: data (stable id, default severity, one-line explanation) plus, for rules lint itself
 * checks, one function. Parser and model rules have no `run`: those stages report them during the
 * build and the registry only describes them.
 */
export interface LintRule {
  /** Stable kebab-case id; also the file name of the rule under `src/lint/rules/`. */
  id: string;
  severity: Severity;
  /** One line: what is wrong and why it matters. */
  description: string;
  origin: RuleOrigin;
  run?(ctx: LintContext): LintFinding[];
}
