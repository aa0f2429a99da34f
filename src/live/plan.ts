import type { Contract } from '../contracts/types.js';
import type { CreateMatchers } from './created.js';
import { decide, type Decision, type RunPolicy } from './gate.js';
import { writeTargetOf, type DisposableFixtures } from './targets.js';

/** One line of a `--dry-run` plan, and the decision the run takes for one contract. */
export interface PlanEntry {
  contractId: string;
  method: string;
  /** Path with placeholders as documented: `/beta/education/synchronizationProfiles/{id}`. */
  path: string;
  decision: Decision;
  /** For a write that is sent: where it goes (a resource the run creates, a disposable one) or what it creates. */
  target?: string;
  /** The path parameter that must name a resource the run creates or a disposable id (see `writeTargetOf`). */
  own?: string;
  /** A dry run's resolution of the path parameters: the filled path, what the run finds as it goes, what it cannot. */
  params?: { path: string; atRunTime: string[]; unresolved?: string };
}

/**
 * The requests a run would send and the ones it would skip, in contract order: the write gate and
 * permission type (`decide`), then, on a live target, where each write goes. A write other than a
 * create is sent only to a resource a create of this run makes, or one the fixtures mark
 * disposable; otherwise it is skipped with the reason. Pure.
 */
export function resolvePlan(contracts: Contract[], policy: RunPolicy, matchers?: CreateMatchers, disposable?: DisposableFixtures): PlanEntry[] {
  const decided = contracts.map((c) => ({ c, decision: decide(c, policy) }));
  const sent = decided.filter((d) => d.decision.action !== 'skip').map((d) => d.c);
  return decided.map(({ c, decision }) => {
    const entry: PlanEntry = { contractId: c.id, method: c.request.method.toUpperCase(), path: `/${c.operation.version}${c.request.path}`, decision };
    if (policy.target !== 'live' || !matchers || decision.action === 'skip') return entry;
    const target = writeTargetOf(c, sent, matchers, disposable);
    if (target.kind === 'refused') return { ...entry, decision: { action: 'skip', reason: target.reason } };
    if (target.kind === 'read') return entry;
    return { ...entry, target: target.text, ...(target.kind === 'write' && target.own ? { own: target.own } : {}) };
  });
}

/** What a plan's header names: target, tenant, sign-in flow, and the write policy. */
export interface PlanHeader {
  baseUrl: string;
  tenantId: string;
  flow: string;
  policy: RunPolicy;
}

/** The plan as text: a header naming target, tenant and auth, one line per request (a write with its target), then counts. */

export function formatPlan(entries: PlanEntry[], header: PlanHeader): string {
  const { policy } = header;
  const lines = [
    `dry run: nothing is sent`,
    `target ${header.baseUrl} tenant ${header.tenantId} auth ${header.flow} (${policy.authKind})`,
    `writes ${policy.allowWrites ? 'allowed' : 'not allowed'}; tenant ${policy.writeTenants.includes(policy.tenantId) ? 'in' : 'not in'} GRAPH_WRITE_TENANTS${policy.expectDenied ? '; --expect-denied' : ''}`,
  ];
  const counts = { send: 0, skip: 0, 'expect-denied': 0 };
  let unresolved = 0;
  for (const e of entries) {
    counts[e.decision.action] += 1;
    const why = e.decision.action === 'send' ? '' : ` (${e.decision.reason})`;
    const target = e.target ? ` -> ${e.target}` : '';
    const sent = e.decision.action !== 'skip' ? e.params : undefined;
    lines.push(`  ${e.decision.action.padEnd(13)} ${e.method.padEnd(6)} ${e.path}${why}${target}`);
    if (sent && sent.path !== e.path) lines.push(`                       = ${sent.path}`);
    for (const note of sent?.atRunTime ?? []) lines.push(`                       ${note}`);
    if (sent?.unresolved) {
      unresolved += 1;
      lines.push(`                       error: ${sent.unresolved}`);
    }
  }
  lines.push(`${counts.send} to send, ${counts['expect-denied']} expected denied, ${counts.skip} skipped${unresolved > 0 ? `, ${unresolved} with a path parameter the run cannot resolve` : ''}`);
  return `${lines.join('\n')}\n`;
}
