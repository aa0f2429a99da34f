import type { Contract } from '../contracts/types.js';
import type { CaseResult } from '../results/types.js';
import type { DocDefect } from './docDefects.js';

const STATUS_CHECK = 'status-code-documented';

/** Contracts whose status case passed in this run: their request got the documented status. */
export function passedStatus(cases: readonly CaseResult[]): Set<string> {
  return new Set(cases.filter((c) => c.state === 'passed' && c.checkId === STATUS_CHECK).map((c) => c.contractId));
}

/**
 * A DELETE answered 404 where another page documents the very same request (same method, path
 * and query: one resource, a singleton such as `…/presentation` or the same literal id) and its
 * DELETE succeeded earlier in this run: the resource is gone, as it would be on Graph. The pages
 * each document success for one resource, which only the first DELETE of a run can have.
 */
export function deletedEarlier(c: CaseResult, contract: Contract, peers: readonly Contract[], passed: ReadonlySet<string>): DocDefect[] | undefined {
  if (c.checkId !== STATUS_CHECK || contract.request.method !== 'DELETE') return undefined;
  const failing = c.violations.filter((v) => v.severity !== 'info');
  if (failing.length !== 1 || failing[0]!.actual !== 404) return undefined;
  const first = peers.find((p) => p.request.method === 'DELETE' && p.response.status >= 200 && p.response.status < 300 && passed.has(p.id));
  if (!first) return undefined;
  const pages = new Set([contract.page, ...peers.filter((p) => p.request.method === 'DELETE').map((p) => p.page)]);
  const reason = `${pages.size} pages document this one DELETE (${first.page} too) as a success; its case removed the resource earlier in this run, so this one finds nothing (404), as it would on Graph`;
  return [{ caseId: c.id, pointer: failing[0]!.pointer ?? '', message: failing[0]!.message, example: contract.source.request, definition: first.source.request, reason }];
}
