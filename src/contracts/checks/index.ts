import { ConfigError } from '../../errors.js';
import type { Check } from '../types.js';
import { check as contentTypeJson } from './content-type-json.js';
import { check as enumMembersDocumented } from './enum-members-documented.js';
import { check as errorEnvelope } from './error-envelope.js';
import { check as odataAnnotationsConsistent } from './odata-annotations-consistent.js';
import { check as requestIdPresent } from './request-id-present.js';
import { check as requiredFieldsPresent } from './required-fields-present.js';
import { check as responseBodyMatchesSchema } from './response-body-matches-schema.js';
import { check as statusCodeDocumented } from './status-code-documented.js';

/** Every check, in the order their tests appear under an operation. */
export const checks: readonly Check[] = [
  statusCodeDocumented,
  contentTypeJson,
  responseBodyMatchesSchema,
  requiredFieldsPresent,
  enumMembersDocumented,
  odataAnnotationsConsistent,
  errorEnvelope,
  requestIdPresent,
];

/** Which checks run: all by default, or `enable` only, minus `disable` (both by id). */
export interface CheckSelection {
  enable?: string[];
  disable?: string[];
}

/** Resolves a selection against the registry; unknown ids are a configuration error. */
export function selectChecks(selection: CheckSelection = {}, target?: 'mock' | 'live'): Check[] {
  for (const [setting, ids] of [['--checks', selection.enable], ['--skip-checks', selection.disable]] as const) {
    const unknown = (ids ?? []).filter((id) => !checks.some((c) => c.id === id));
    if (unknown.length > 0) {
      throw new ConfigError(setting, `${setting}: unknown check id ${unknown.join(', ')} (known: ${checks.map((c) => c.id).join(', ')})`);
    }
  }
  return checks.filter(
    (c) =>
      (!selection.enable?.length || selection.enable.includes(c.id)) &&
      !selection.disable?.includes(c.id) &&
      (!target || !c.targets || c.targets.includes(target)),
  );
}

/** The check with this id, or undefined. */
export function checkById(id: string): Check | undefined {
  return checks.find((c) => c.id === id);
}
