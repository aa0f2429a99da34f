import { isObject } from '../../util/json.js';
import { carriesBody } from '../bodyItems.js';
import { escapeToken } from '../../util/jsonPointer.js';
import { finding } from '../finding.js';
import type { Check, Violation } from '../types.js';

/**
 * Every top-level field the contract marks required is present in the body (`value` for a
 * collection; the build decides which fields an entity must show, see ARCHITECTURE.md).
 */
export const check: Check = {
  id: 'required-fields-present',
  title: 'required fields',
  severity: 'error',
  appliesToContract: (contract) => contract.response.requiredFields.length > 0,
  appliesTo: (contract, { response }) => contract.response.requiredFields.length > 0 && carriesBody(contract.response.status, response.status),
  run({ contract, response }) {
    const source = contract.source.response ?? contract.source.request;
    const body = response.json;
    const required = contract.response.requiredFields;
    if (!isObject(body)) {
      return [finding(check, { message: 'expected a JSON object holding the required fields', pointer: '', expected: required, actual: body ?? null, source })];
    }
    const found: Violation[] = [];
    for (const field of required) {
      if (Object.hasOwn(body, field)) continue;
      found.push(finding(check, { message: `required field \`${field}\` is missing`, pointer: `/${escapeToken(field)}`, expected: 'present', actual: 'missing', source }));
    }
    return found;
  },
};
