import { RunnerError } from '../errors.js';
import { checkContext } from '../contracts/context.js';
import { redact, redactValue } from '../redact/index.js';
import { runCheck } from '../contracts/runCheck.js';
import type { Check, CheckContext, Contract, Violation } from '../contracts/types.js';
import type { CaseMeta } from '../results/types.js';
import { atLeast } from '../severity.js';
import { expectNoViolations } from './assert.js';
import type { Exchange, ExchangeOutcome } from './exchange.js';
import type { SuiteRuntime } from './runtime.js';
import { operationOf } from '../contracts/select.js';
import { transcriptOf } from './transcript.js';

/** What a suite test needs from vitest: where to write meta, and how to skip. */
export interface CaseTask {
  meta: { graphContracts?: CaseMeta };
  skip(reason: string): never;
}

/** `{code, message}` of a tool failure; errors that are not `RunnerError`s are internal. */
export function errorInfo(error: unknown): { code: string; message: string } {
  if (error instanceof RunnerError) return { code: error.code, message: error.message };
  return { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) };
}

/** What a test throws for a tool failure: its code and redacted message only (vitest keeps and ships what is thrown). */
function capturedError(error: unknown): Error {
  const { code, message } = errorInfo(error);
  return Object.assign(new Error(redact(message)), { name: error instanceof Error ? error.name : 'Error', code });
}

/**
 * One test: a contract × a check. Writes `CaseMeta` first (so skips and errors are reported
 * too), then skips (unresolved parameter, check not applicable), errors (transport or a crashed
 * check: rethrown) or asserts the check's violations. Everything the case hands on (meta,
 * transcript, violations, error texts, what it throws) is redacted here, where it is captured:
 * reports and the console only ever see this.
 */
export async function runCase(runtime: SuiteRuntime, contract: Contract, check: Check, outcome: Promise<ExchangeOutcome>, task: CaseTask): Promise<void> {
  try {
    await judge(runtime, contract, check, outcome, task);
  } finally {
    if (task.meta.graphContracts) task.meta.graphContracts = redactValue(task.meta.graphContracts);
  }
}

async function judge(runtime: SuiteRuntime, contract: Contract, check: Check, outcome: Promise<ExchangeOutcome>, task: CaseTask): Promise<void> {
  const meta: CaseMeta = {
    contractId: contract.id,
    checkId: check.id,
    operation: operationOf(contract),
    resource: contract.response.type,
    page: contract.page,
    source: contract.source.request,
  };
  task.meta.graphContracts = meta;
  const result = await outcome;
  if (result.kind === 'skip') {
    meta.skipReason = result.reason;
    return task.skip(result.reason);
  }
  if (result.kind === 'error') {
    meta.error = errorInfo(result.error);
    throw capturedError(result.error);
  }
  const first = result.exchanges[0] as Exchange;
  meta.requestId = first.response.headers['request-id'];
  meta.clientRequestId = first.response.headers['client-request-id'] ?? first.request.headers['client-request-id'];
  let violations: Violation[] | undefined;
  try {
    violations = checkAll(runtime, contract, check, result.exchanges);
  } catch (error) {
    meta.error = errorInfo(error);
    meta.transcript = transcriptOf(runtime.handOff.target.baseUrl, first.request, first.response);
    throw capturedError(error);
  }
  if (!violations) {
    meta.skipReason = `${check.id} does not apply to this contract and response (status ${first.response.status})`;
    return task.skip(meta.skipReason);
  }
  meta.violations = redactValue(violations);
  const threshold = runtime.handOff.failSeverity;
  if (violations.some((v) => atLeast(v.severity, threshold))) meta.transcript = transcriptOf(runtime.handOff.target.baseUrl, first.request, first.response);
  expectNoViolations(contract, meta.violations, threshold);
}

/** Runs the check over every exchange; undefined when it applied to none. Duplicates are dropped. */
function checkAll(runtime: SuiteRuntime, contract: Contract, check: Check, exchanges: Exchange[]): Violation[] | undefined {
  let applied = false;
  const seen = new Set<string>();
  const all: Violation[] = [];
  for (const exchange of exchanges) {
    const found = runCheck(check, contextFor(runtime, contract, exchange));
    if (!found) continue;
    applied = true;
    for (const v of found) {
      const key = `${v.pointer}\u0000${v.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      all.push(exchange.prefer ? { ...v, message: `${v.message} (request sent with Prefer: include-unknown-enum-members)` } : v);
    }
  }
  return applied ? all : undefined;
}

function contextFor(runtime: SuiteRuntime, contract: Contract, exchange: Exchange): CheckContext {
  return checkContext({
    contract,
    request: exchange.request,
    response: exchange.response,
    target: runtime.handOff.target.kind,
    prefer: exchange.prefer,
    validator: runtime.validator,
    schemas: runtime.set.schemas,
    peers: runtime.peersOf(contract),
  });
}
