import { isObject } from '../../util/json.js';
import { carriesBody } from '../bodyItems.js';
import { escapeToken, tokensOf, valuesAt } from '../../util/jsonPointer.js';
import { finding } from '../finding.js';
import { pagesNote } from '../judged.js';
import type { Check, RequiredField, Violation } from '../types.js';

/** Why a field is required, in the words of a failure message. */
const BECAUSE: Record<RequiredField['rule'], string> = {
  collection: 'a collection answer holds its items in `value`',
  key: 'the key of every entity',
  selected: 'named by the request’s $select',
  expanded: 'named by the request’s $expand',
  default: 'documented as returned by default',
};

/**
 * Every field the contract marks required is present wherever its parent is an object: `value`
 * of a collection, the key of each entity (body, items, expansions), what the request's
 * `$select`/`$expand` name, what the type's page says is returned by default (ARCHITECTURE.md).
 * `null` counts as present: the field is there, its value is the schema's business.
 */
export const check: Check = {
  id: 'required-fields-present',
  title: 'required fields',
  severity: 'error',
  judgesBody: true,
  appliesToContract: (contract) => contract.response.requiredFields.length > 0,
  appliesTo: (contract, { response }) => contract.response.requiredFields.length > 0 && carriesBody(contract.response.status, response.status),
  run(ctx) {
    const { contract, response } = ctx;
    const source = contract.source.response ?? contract.source.request;
    const body = response.json;
    // Where pages of this request document an answer of the same kind, a field is required only when each of them requires it.
    const peers = ctx.peers.filter((p) => p.response.body === contract.response.body);
    const required = contract.response.requiredFields.filter((f) => peers.every((p) => p.response.requiredFields.some((q) => q.pointer === f.pointer)));
    if (!isObject(body)) {
      return [finding(check, { message: 'expected a JSON object holding the required fields', pointer: '', expected: required.map((f) => f.pointer), actual: body ?? null, source })];
    }
    const found: Violation[] = [];
    for (const field of required) {
      const tokens = tokensOf(field.pointer);
      const name = tokens.pop()!;
      const parentPattern = tokens.map((t) => `/${escapeToken(t)}`).join('');
      for (const parent of valuesAt(body, parentPattern)) {
        if (!isObject(parent.value) || Object.hasOwn(parent.value, name)) continue;
        const pointer = `${parent.pointer}/${escapeToken(name)}`;
        found.push(finding(check, { message: `required field \`${name}\` is missing at ${pointer} (${BECAUSE[field.rule]})${pagesNote(ctx)}`, pointer, expected: 'present', actual: 'missing', source: field.source ?? source }));
      }
    }
    return found;
  },
};
