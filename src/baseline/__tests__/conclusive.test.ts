import { describe, expect, test } from 'vitest';
import type { CaseResult, CaseState } from '../../results/types.js';
import { inconclusiveReason } from '../conclusive.js';

const at = (state: CaseState, code?: string): CaseResult => ({
  id: `c::${state}`, contractId: 'c', checkId: state, name: state, operation: 'GET /x', page: 'api/x.md',
  source: { file: 'api/x.md', line: 1 }, state, durationMs: 1, violations: [],
  ...(code ? { error: { code, message: 'm' } } : {}),
});

describe('inconclusiveReason', () => {
  test.for([
    { name: 'a complete run with a pass and a failure decides', complete: true, cases: [at('passed'), at('failed'), at('skipped')], reason: undefined },
    { name: 'an interrupted run', complete: false, cases: [at('passed')], reason: /interrupted/ },
    { name: 'errors, counted by code', complete: true, cases: [at('passed'), at('error', 'TENANT_UNREACHABLE'), at('error', 'TENANT_UNREACHABLE'), at('error', 'THROTTLE_BUDGET_SPENT')], reason: /3 case\(s\) ended in an error \(TENANT_UNREACHABLE ×2, THROTTLE_BUDGET_SPENT ×1\)/ },
    { name: 'only skips', complete: true, cases: [at('skipped')], reason: /nothing was checked/ },
    { name: 'no cases at all', complete: true, cases: [], reason: /nothing was checked/ },
  ])('$name', ({ complete, cases, reason }) => {
    const got = inconclusiveReason({ complete, cases });
    if (reason === undefined) expect(got).toBeUndefined();
    else expect(got).toMatch(reason);
  });
});
