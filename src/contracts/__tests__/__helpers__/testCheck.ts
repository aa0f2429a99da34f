import { expect, test } from 'vitest';
import { checkById } from '../../checks/index.js';
import { runCheck } from '../../runCheck.js';
import type { Contract, Violation } from '../../types.js';
import type { HttpRequest, HttpResponse } from '../../../transport/types.js';
import { seedSchemas } from '../__fixtures__/schemas.js';
import { validatorFor } from './validate.js';

/** One table row of `testCheck`. */
export interface CheckCase {
  name: string;
  contract: Contract;
  /** Status, headers and JSON body; `text` defaults to the serialized body. */
  response: Partial<HttpResponse> & { status: number };
  requestHeaders?: Record<string, string>;
  target?: 'mock' | 'live';
  /** Other contracts documenting the same request. @default [] */
  peers?: Contract[];
  /** Expected findings (partial match, same count, same order); `'n/a'` when the check must not apply. */
  violations: Partial<Violation>[] | 'n/a';
}

const validate = validatorFor(seedSchemas);

/** Table-driven test of one check: only that check runs, with no network and no suite runtime. */
export function testCheck(id: string, cases: CheckCase[]): void {
  const check = checkById(id);
  if (!check) throw new Error(`no check ${id}`);
  test.for(cases)('$name', (c) => {
    const headers = c.requestHeaders ?? {};
    const request: HttpRequest = { method: c.contract.request.method, url: `/beta${c.contract.request.path}`, headers };
    const json = c.response.json;
    const response: HttpResponse = {
      headers: { 'content-type': 'application/json' },
      text: json === undefined ? '' : JSON.stringify(json),
      elapsedMs: 1,
      ...c.response,
    };
    const prefer = Object.entries(headers).some(([k, v]) => k.toLowerCase() === 'prefer' && v.includes('include-unknown-enum-members'));
    const found = runCheck(check, { contract: c.contract, request, response, validate, target: c.target ?? 'mock', preferUnknownEnumMembers: prefer, schemas: seedSchemas, peers: c.peers ?? [] });
    if (c.violations === 'n/a') return expect(found).toBeUndefined();
    expect(found).toHaveLength(c.violations.length);
    expect(found).toMatchObject(c.violations.map((v) => ({ check: id, ...v })));
  });
}
