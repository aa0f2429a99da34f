import type { Contract } from '../contracts/types.js';

/** The area of a contract: the first segment of its path template (`education`, `users`). Names its suite file. */
export function areaOf(contract: Contract): string {
  const first = contract.operation.pathTemplate.split('/').find((s) => s !== '') ?? 'root';
  return first.replace(/[^A-Za-z0-9_-]+/g, '_').toLowerCase() || 'root';
}

/** `METHOD /path/template`: what a person sees in the doc's "HTTP request" section. */
export function operationOf(contract: Contract): string {
  return `${contract.operation.method} ${contract.operation.pathTemplate}`;
}

/** True when `filter` (case-insensitive) occurs in the contract's id, page, operation or resource type. */
export function matchesFilter(contract: Contract, filter: string | undefined): boolean {
  if (!filter) return true;
  const needle = filter.toLowerCase();
  const haystack = [contract.id, contract.page, operationOf(contract), contract.request.path, contract.response.type ?? ''];
  return haystack.some((s) => s.toLowerCase().includes(needle));
}

/**
 * The 1-based shard a contract belongs to: FNV-1a of its id, modulo `count`. Depends on the id
 * only, so a contract stays in its shard however the others are filtered or ordered.
 */
export function shardOf(contractId: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < contractId.length; i++) {
    hash ^= contractId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash % count) + 1;
}

const METHOD_RANK: Record<string, number> = { POST: 0, PUT: 1, GET: 2, PATCH: 3, DELETE: 4 };

/** Phase of a contract's request: creates 0, PUT 1, reads 2, updates 3, deletes 4. */
export function methodRank(contract: Contract): number {
  return METHOD_RANK[contract.request.method] ?? 9;
}

/**
 * When a contract's request may go out: by method phase, and among deletes the deepest paths
 * first, so `/groups/{id}/threads/{id}` is deleted before the group that holds it.
 */
export function phaseOf(contract: Contract): number {
  const rank = methodRank(contract) * 100;
  return contract.request.method === 'DELETE' ? rank + 99 - Math.min(99, contract.request.path.split('/').length) : rank;
}

/**
 * Run order within a suite: creates before reads and updates, deletes last and deepest first
 * (so a delete never removes what a later request needs), then by path and id for a stable order.
 */
export function runOrder(a: Contract, b: Contract): number {
  return phaseOf(a) - phaseOf(b) || compare(a.operation.pathTemplate, b.operation.pathTemplate) || compare(a.id, b.id);
}

/** Code-point order, independent of locale. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The contracts of a run (filter, then shard), in run order. */
export function selectContracts(contracts: readonly Contract[], options: { filter?: string; shard?: { index: number; count: number }; area?: string }): Contract[] {
  return contracts
    .filter((c) => matchesFilter(c, options.filter))
    .filter((c) => !options.shard || shardOf(c.id, options.shard.count) === options.shard.index)
    .filter((c) => options.area === undefined || areaOf(c) === options.area)
    .sort(runOrder);
}

