import type { TestCase, TestModule } from 'vitest/node';
import { redact } from '../redact/index.js';
import type { CaseResult, CaseState } from './types.js';
import { byCaseId } from './summary.js';

/** A suite file that failed outside any test (import error, bad config): a tool failure. */
export interface ModuleError {
  module: string;
  message: string;
}

/**
 * Converts vitest's finished modules into our cases, reading contract, check and doc source
 * from `task.meta` (never from test names). A failed test with `meta.error` is an `error`
 * (infrastructure), one with violations a `failed`; a failed test without either threw
 * unexpectedly and is an `error` too. Tests without meta are not contract tests and are ignored.
 * Case meta arrives redacted (suites redact what they capture); error texts vitest captured
 * outside our cases are redacted here, where the run receives them.
 */
export function fromVitest(modules: readonly TestModule[]): { cases: CaseResult[]; moduleErrors: ModuleError[] } {
  const cases: CaseResult[] = [];
  const moduleErrors: ModuleError[] = [];
  for (const module of modules) {
    for (const error of module.errors()) moduleErrors.push({ module: module.relativeModuleId, message: redact(error.message) });
    for (const test of module.children.allTests()) {
      const result = toCase(test);
      if (result) cases.push(result);
    }
  }
  return { cases: cases.sort(byCaseId), moduleErrors };
}

function toCase(test: TestCase): CaseResult | undefined {
  const meta = test.meta().graphContracts;
  if (!meta) return undefined;
  const result = test.result();
  let state: CaseState = result.state === 'passed' ? 'passed' : result.state === 'failed' ? 'failed' : 'skipped';
  let error = meta.error;
  if (state === 'failed' && !error && !meta.violations?.length) {
    error = { code: 'INTERNAL', message: redact(result.errors?.[0]?.message ?? 'the test failed without a reason') };
  }
  if (state === 'failed' && error) state = 'error';
  return {
    id: `${meta.contractId}::${meta.checkId}`,
    contractId: meta.contractId,
    checkId: meta.checkId,
    name: test.fullName,
    operation: meta.operation,
    resource: meta.resource,
    page: meta.page,
    source: meta.source,
    state,
    durationMs: Math.round(test.diagnostic()?.duration ?? 0),
    violations: meta.violations ?? [],
    error: state === 'error' ? error : undefined,
    skipReason: state === 'skipped' ? (meta.skipReason ?? (result.state === 'skipped' ? result.note : undefined)) : undefined,
    transcript: meta.transcript,
    requestId: meta.requestId,
    clientRequestId: meta.clientRequestId,
  };
}
