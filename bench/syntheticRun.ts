import { readdirSync } from 'node:fs';
import type { CaseResult, CaseState, RunResult } from '../src/results/types.js';
import { summarize } from '../src/results/summary.js';

const CHECKS = ['status-code-documented', 'content-type-matches', 'required-fields-present', 'response-body-matches-schema', 'enum-members-documented'];

/**
 * A RunResult the size of a full beta corpus run: one or two contracts per API page (page names
 * from the extracted corpus when present), five checks each, ~8% failing with a transcript and
 * violations, ~1% errors, ~10% skipped, and 2,000 doc diagnostics. Deterministic.
 */
export function syntheticRun(pageDir?: string): RunResult {
  const pages = listPages(pageDir);
  const cases: CaseResult[] = [];
  let n = 0;
  pages.forEach((pageId, p) => {
    const contracts = p % 4 === 0 ? [pageId, `${pageId}~2`] : [pageId];
    for (const contractId of contracts) {
      const resource = pageId.split('-')[0] ?? pageId;
      const operation = `${['GET', 'POST', 'PATCH', 'DELETE'][p % 4]} /${resource}s/{id}/${pageId.split('-').slice(1).join('/')}`;
      for (const checkId of CHECKS) cases.push(syntheticCase(n++, contractId, checkId, operation, resource, `api/${pageId}.md`));
    }
  });
  const diagnostics = Array.from({ length: 2000 }, (_, i) => ({
    rule: ['annotation-trailing-comma', 'enum-lists-disagree', 'example-json-invalid'][i % 3]!,
    severity: (['info', 'warning', 'error'] as const)[i % 3]!,
    message: `diagnostic ${i}: the annotation of the response example could not be parsed as JSON`,
    source: { file: `api/${pages[i % pages.length]}.md`, line: 10 + (i % 90) },
  }));
  return { version: 1, target: 'mock', docs: 'graph-docs-beta-2021-07', startedAt: '2026-11-23T02:00:00.000Z', durationMs: 1_234_000, complete: true, summary: summarize(cases), cases, diagnostics };
}

function listPages(pageDir: string | undefined): string[] {
  try {
    if (pageDir) return readdirSync(pageDir).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3)).sort();
  } catch {
    // fall through to generated names
  }
  return Array.from({ length: 5000 }, (_, i) => `resource${i % 700}-action${i}`);
}

function syntheticCase(n: number, contractId: string, checkId: string, operation: string, resource: string, page: string): CaseResult {
  const roll = (n * 7919) % 100;
  const state: CaseState = roll < 8 ? 'failed' : roll < 9 ? 'error' : roll < 19 ? 'skipped' : 'passed';
  const c: CaseResult = { id: `${contractId}::${checkId}`, contractId, checkId, name: `${operation} > ${checkId}`, operation, resource, page, source: { file: page, line: 20 + (n % 80) }, state, durationMs: 3 + (n % 40), violations: [] };
  if (state === 'skipped') c.skipReason = 'write operation: not run against a live tenant without --allow-writes';
  if (state === 'error') c.error = { code: 'TENANT_UNREACHABLE', message: 'connect ECONNREFUSED 127.0.0.1:9' };
  if (state === 'failed') {
    c.requestId = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
    c.violations = [{ check: checkId, severity: 'error', message: `value is not a member of enum ${resource}Status`, pointer: '/value/0/status', expected: ['active', 'inactive', 'unknownFutureValue'], actual: 'pending', source: { file: `resources/${resource}.md`, line: 40 } }];
    const body = JSON.stringify({ '@odata.context': `https://graph.microsoft.com/beta/$metadata#${resource}s`, value: Array.from({ length: 6 }, (_, i) => ({ id: `id-${i}`, displayName: `Item ${i}`, status: 'pending', createdDateTime: '2021-07-01T00:00:00Z' })) });
    c.transcript = {
      request: { method: operation.split(' ')[0]!, url: `/beta${operation.split(' ')[1]!.replace('{id}', '1')}`, headers: { authorization: '[redacted]', accept: 'application/json' } },
      response: { status: 200, headers: { 'content-type': 'application/json', 'request-id': c.requestId }, body, elapsedMs: 120 },
    };
  }
  return c;
}
