import { isSuccess } from '../bodyItems.js';
import { valuesAt } from '../../util/jsonPointer.js';
import { finding } from '../finding.js';
import type { Check, EnumField, Violation } from '../types.js';

const PREFER = 'Prefer: include-unknown-enum-members';

/**
 * Enum-valued fields hold documented members. Members after `unknownFutureValue` are evolvable:
 * Graph sends them only to clients that asked with `Prefer: include-unknown-enum-members`
 * (https://learn.microsoft.com/graph/best-practices-concept#handling-future-members-in-evolvable-enumerations).
 */
export const check: Check = {
  id: 'enum-members-documented',
  title: 'enum members',
  severity: 'error',
  appliesToContract: (contract) => contract.response.enumFields.length > 0,
  appliesTo: (contract, { response }) => contract.response.enumFields.length > 0 && isSuccess(response.status),
  run({ contract, response, preferUnknownEnumMembers }) {
    const source = contract.source.response ?? contract.source.request;
    const found: Violation[] = [];
    for (const field of contract.response.enumFields) {
      for (const { pointer, value } of valuesAt(response.json, field.pointer)) {
        for (const member of Array.isArray(value) ? value : [value]) {
          const message = judge(field, member, preferUnknownEnumMembers);
          if (message) found.push(finding(check, { message, pointer, expected: allowed(field, preferUnknownEnumMembers), actual: member, source }));
        }
      }
    }
    return found;
  },
};

/** Why `value` is not acceptable for `field`, or undefined when it is. */
function judge(field: EnumField, value: unknown, prefer: boolean): string | undefined {
  if (value === null) return undefined;
  if (typeof value !== 'string') return `${field.enum} value must be a string, got ${JSON.stringify(value)}`;
  const index = field.members.indexOf(value);
  if (index < 0) return `\`${value}\` is not a documented ${field.enum} member`;
  if (!prefer && field.evolvableFrom !== undefined && index > field.evolvableFrom) {
    return `\`${value}\` is an evolvable ${field.enum} member, sent without \`${PREFER}\``;
  }
  return undefined;
}

function allowed(field: EnumField, prefer: boolean): string[] {
  return prefer || field.evolvableFrom === undefined ? field.members : field.members.slice(0, field.evolvableFrom + 1);
}
