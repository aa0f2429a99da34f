import { ConfigError } from '../../errors.js';
import type { Check, Contract } from '../types.js';
import { check as contentTypeJson } from './content-type-json.js';
import { check as enumMembersDocumented } from './enum-members-documented.js';
import { check as errorEnvelope } from './error-envelope.js';
import { check as noBodyWhenNoneDocumented } from './no-body-when-none-documented.js';
import { check as odataAnnotationsConsistent } from './odata-annotations-consistent.js';
import { check as requestDenied } from './request-denied.js';
import { check as requestIdPresent } from './request-id-present.js';
import { check as requiredFieldsPresent } from './required-fields-present.js';
import { check as responseBodyMatchesSchema } from './response-body-matches-schema.js';
import { check as statusCodeDocumented } from './status-code-documented.js';

/** Every check, in the order their tests appear under an operation. */
export const checks: readonly Check[] = [
  statusCodeDocumented,
  contentTypeJson,
  noBodyWhenNoneDocumented,
  responseBodyMatchesSchema,
  requiredFieldsPresent,
  enumMembersDocumented,
  odataAnnotationsConsistent,
  errorEnvelope,
  requestIdPresent,
  requestDenied,
];

/** Which checks run: all by default, or `enable` only, minus `disable` (both by id). */
export interface CheckSelection {
  enable?: string[];
  disable?: string[];
  /** `--expect-denied`: add the denial checks (see `Check.judges`), which no id selects. @default false */
  expectDenied?: boolean;
}

/**
 * Resolves a selection against the registry: the checks of documented answers that run on
 * `target`, plus with `expectDenied` the denial checks (see `Check.judges`), which no id selects.
 * Unknown ids, and a denial check named by id, are configuration errors.
 */
export function selectChecks(selection: CheckSelection = {}, target?: 'mock' | 'live'): Check[] {
  for (const [setting, ids] of [['--checks', selection.enable], ['--skip-checks', selection.disable]] as const) {
    const unknown = (ids ?? []).filter((id) => !checks.some((c) => c.id === id));
    if (unknown.length > 0) {
      throw new ConfigError(setting, `${setting}: unknown check id ${unknown.join(', ')} (known: ${checks.filter((c) => !judgesDenial(c)).map((c) => c.id).join(', ')})`);
    }
    const denial = (ids ?? []).find((id) => judgesDenial(checkById(id)!));
    if (denial) throw new ConfigError(setting, `${setting}: ${denial} is not chosen by id: with --expect-denied it is the one check of each request the sign-in may not make`);
  }
  return checks.filter(
    (c) =>
      (judgesDenial(c) ? selection.expectDenied === true : (!selection.enable?.length || selection.enable.includes(c.id)) && !selection.disable?.includes(c.id)) &&
      (!target || !c.targets || c.targets.includes(target)),
  );
}

const judgesDenial = (check: Check): boolean => check.judges === 'denial';

/**
 * The checks of one contract, from the run's selection: for a request sent to be denied
 * (`--expect-denied`) the denial checks, else the others that apply to the contract.
 */
export function checksFor(contract: Contract, selected: readonly Check[], expectDenied: boolean): Check[] {
  return expectDenied ? selected.filter(judgesDenial) : selected.filter((c) => !judgesDenial(c) && (c.appliesToContract?.(contract) ?? true));
}

/** The check with this id, or undefined. */
export function checkById(id: string): Check | undefined {
  return checks.find((c) => c.id === id);
}
