export type { LintContext, LintFinding, LintRule, RuleOrigin } from './types.js';
export { lintDocs, type LintOptions, type LintResult } from './lint.js';
export { RULES, LINT_RULES, ruleById } from './rules/index.js';
export { toFindings } from './toFindings.js';
export { formatText } from './format/text.js';
export { formatJson } from './format/json.js';
export { formatSarif, type SarifOptions } from './format/sarif.js';
export { findingPointer, sectionPointer, ptr } from './pointer.js';
export { lintFound, lintReport, LINT_FORMATS, type LintFormat, type LintFound, type LintReport, type LintReportOptions } from './report.js';
