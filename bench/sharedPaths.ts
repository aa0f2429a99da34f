// Failures of a whole-corpus run that the docs explain in ways the doc-defect triage does not
// look at: several pages document one request differently, and the mock, answering by the
// request alone as Graph does, can satisfy only what the request itself says. Each explanation
// is checked against the answer the mock really gave (recorded by client-request-id).
import type { Contract, ContractSet } from '../src/contracts/types.js';
import { isOfType } from '../src/schemas/view/typeOf.js';
import type { CaseResult } from '../src/results/types.js';
import type { SchemaValidator } from '../src/schemas/types.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const unqualified = (t: string) => t.replace(/^#?microsoft\.graph\./i, '');
const shapeOf = (method: string, template: string) => `${method} ${template.replace(/\{[^}]*\}/g, '{}').toLowerCase()}`;
const shape = (c: Contract) => shapeOf(c.request.method, c.operation.pathTemplate);
/** Any path template of `other` is the one `c` documents (pages list several, e.g. `/me/events/{id}` and `/groups/{id}/events/{id}`). */
const sameRequest = (c: Contract, other: Contract) => other.request.method === c.request.method && [other.operation.pathTemplate, ...other.operation.pathTemplates].some((t) => shapeOf(other.request.method, t) === shape(c));

/** Why the docs make this failure unavoidable for any service answering by the request, or undefined. */
export function explainShared(failure: CaseResult, contract: Contract, answer: unknown, set: ContractSet, validator: SchemaValidator): string | undefined {
  return siblingType(failure, contract, answer, set, validator) ?? selectedAway(failure, contract) ?? statusOfAnotherPage(failure, contract, set);
}

/**
 * The answer (or the listed item a violation points into) is of another type derived from the
 * same base, valid for its own type: pages of derived types document one URL (a shared
 * collection, or one seeded id), and nothing in the request names the type.
 */
function siblingType(failure: CaseResult, contract: Contract, answer: unknown, set: ContractSet, validator: SchemaValidator): string | undefined {
  const documented = contract.response.type;
  if (!documented || failure.violations.length === 0 || !isObject(answer)) return undefined;
  const reasons = new Set<string>();
  for (const v of failure.violations) {
    const m = /^\/value\/(\d+)(\/|$)/.exec(v.pointer ?? '');
    const item = m && Array.isArray(answer.value) ? answer.value[Number(m[1])] : contract.response.body === 'entity' ? answer : undefined;
    const named = isObject(item) ? item['@odata.type'] : undefined;
    if (typeof named !== 'string') return undefined;
    const type = unqualified(named);
    if (isOfType(set.schemas, type, documented) || !validator.has(`${type}.schema.json`)) return undefined;
    if (validator.validate(`${type}.schema.json`, item).some((i) => i.keyword !== 'required')) return undefined;
    reasons.add(`${m ? `/value/${m[1]} is` : 'the answer is'} a ${type} (valid for its type)`);
  }
  return `${[...reasons].join('; ')}: the page documents ${documented} at a URL other types share, and the request names no type`;
}

/** Required fields the page's example shows but its own `$select` leaves out. */
function selectedAway(failure: CaseResult, contract: Contract): string | undefined {
  if (failure.checkId !== 'required-fields-present' || failure.violations.length === 0) return undefined;
  const select = Object.entries(contract.request.query).find(([k]) => /^\$?select$/i.test(k.trim()))?.[1];
  if (select === undefined) return undefined;
  const selected = new Set(select.split(',').map((s) => s.trim().toLowerCase()));
  const missing = failure.violations.map((v) => (v.pointer ?? '').slice(1));
  if (!missing.every((f) => f !== '' && !selected.has(f.toLowerCase()))) return undefined;
  return `the page's example shows ${missing.join(', ')}, which its own $select=${select} leaves out`;
}

/** Another page documents the same request (method, path, query options) with the status received. */
function statusOfAnotherPage(failure: CaseResult, contract: Contract, set: ContractSet): string | undefined {
  if (failure.checkId !== 'status-code-documented') return undefined;
  const received = failure.violations[0]?.actual;
  if (typeof received !== 'number' || received >= 400) return undefined;
  const keys = Object.keys(contract.request.query).sort().join('&').toLowerCase();
  const other = set.contracts.find((c) => c !== contract && sameRequest(contract, c) && Object.keys(c.request.query).sort().join('&').toLowerCase() === keys && c.response.status === received);
  return other ? `${other.page} documents the same request with status ${received}, ${contract.page} with ${contract.response.status}` : undefined;
}
