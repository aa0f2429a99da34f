import { bodyItems, isObject, isSuccess } from '../bodyItems.js';
import { escapeToken } from '../pointer.js';
import { finding } from '../finding.js';
import type { Check, Violation } from '../types.js';

/** Every field the contract marks required is present in the body (or each collection item). */
export const check: Check = {
  id: 'required-fields-present',
  title: 'required fields',
  severity: 'error',
  appliesTo: (contract, { response }) => contract.response.requiredFields.length > 0 && isSuccess(response.status),
  run({ contract, response }) {
    const source = contract.source.response ?? contract.source.request;
    const items = bodyItems(contract, response.json) ?? [];
    const found: Violation[] = [];
    for (const { pointer, value } of items) {
      if (!isObject(value)) {
        found.push(finding(check, { message: 'expected an object holding the required fields', pointer, expected: contract.response.requiredFields, actual: value ?? null, source }));
        continue;
      }
      for (const field of contract.response.requiredFields) {
        if (Object.hasOwn(value, field)) continue;
        found.push(finding(check, { message: `required field \`${field}\` is missing`, pointer: `${pointer}/${escapeToken(field)}`, expected: 'present', actual: 'missing', source }));
      }
    }
    return found;
  },
};
