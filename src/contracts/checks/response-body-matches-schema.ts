import { bodyItems, carriesBody } from '../bodyItems.js';
import { finding } from '../finding.js';
import type { Check, Violation } from '../types.js';

/** A success body (or each collection item) validates against the documented type's schema. */
export const check: Check = {
  id: 'response-body-matches-schema',
  title: 'body schema',
  severity: 'error',
  appliesToContract: (contract) => contract.response.schema !== undefined,
  appliesTo: (contract, { response }) => contract.response.schema !== undefined && carriesBody(contract.response.status, response.status),
  run(ctx) {
    const { contract, response } = ctx;
    const schema = contract.response.schema as string;
    const source = contract.source.response ?? contract.source.request;
    if (response.json === undefined) {
      const message = response.text.length === 0 ? 'the response body is empty' : 'the response body is not JSON';
      return [finding(check, { message, pointer: '', expected: `a ${contract.response.type ?? 'JSON'} body`, actual: response.text.slice(0, 200), source })];
    }
    const items = bodyItems(contract, response.json);
    if (!items) {
      return [finding(check, { message: 'a collection body must hold a `value` array', pointer: '/value', expected: 'array', actual: typeOf(response.json), source })];
    }
    const found: Violation[] = [];
    for (const item of items) {
      for (const issue of ctx.validate(schema, item.value, item.pointer)) found.push(finding(check, { source, ...issue }));
    }
    return found;
  },
};

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}
