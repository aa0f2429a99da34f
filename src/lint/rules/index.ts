import type { LintRule } from '../types.js';
import { brokenResourceLink } from './broken-resource-link.js';
import { ARTIFACT_RULES, MODEL_RULES, PARSER_RULES } from './described.js';
import { exampleValueInvalid } from './example-value-invalid.js';
import { httpBodySeparatorMissing } from './http-body-separator-missing.js';
import { odataTypeCaseMismatch } from './odata-type-case-mismatch.js';
import { permissionsMissing } from './permissions-missing.js';
import { resourcePropertyMissingFromExample } from './resource-property-missing-from-example.js';
import { todoPlaceholder } from './todo-placeholder.js';

/** Rules that lint itself checks, one file each (file name = rule id). */
export const LINT_RULES: LintRule[] = [
  brokenResourceLink,
  exampleValueInvalid,
  httpBodySeparatorMissing,
  odataTypeCaseMismatch,
  permissionsMissing,
  resourcePropertyMissingFromExample,
  todoPlaceholder,
];

/** Every doc rule id the build or lint can report, with severity and explanation. */
export const RULES: LintRule[] = [...PARSER_RULES, ...MODEL_RULES, ...ARTIFACT_RULES, ...LINT_RULES];

const byId = new Map(RULES.map((r) => [r.id, r]));

/** The registered rule with this id, if any. */
export function ruleById(id: string): LintRule | undefined {
  return byId.get(id);
}
