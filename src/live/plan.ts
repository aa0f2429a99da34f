import type { Contract } from '../contracts/types.js';
import { decide, type Decision, type RunPolicy } from './gate.js';

/** One line of a `--dry-run` plan. */
export interface PlanEntry {
  contractId: string;
  method: string;
  /** Path with placeholders as documented: `/beta/education/synchronizationProfiles/{id}`. */
  path: string;
  decision: Decision;
}

/** The requests a run would send and the ones it would skip, in contract order. Pure. */
export function resolvePlan(contracts: Contract[], policy: RunPolicy): PlanEntry[] {
  return contracts.map((c) => ({
    contractId: c.id,
    method: c.request.method.toUpperCase(),
    path: `/${c.operation.version}${c.request.path}`,
    decision: decide(c, policy),
  }));
}

/** The plan as text: a header naming target, tenant and auth, one line per request, then counts. */
export function formatPlan(entries: PlanEntry[], header: { baseUrl: string; tenantId: string; flow: string; policy: RunPolicy }): string {
  const { policy } = header;
  const lines = [
    `dry run: nothing is sent`,
    `target ${header.baseUrl} tenant ${header.tenantId} auth ${header.flow} (${policy.authKind})`,
    `writes ${policy.allowWrites ? 'allowed' : 'not allowed'}; tenant ${policy.writeTenants.includes(policy.tenantId) ? 'in' : 'not in'} GRAPH_WRITE_TENANTS${policy.expectDenied ? '; --expect-denied' : ''}`,
  ];
  const counts = { send: 0, skip: 0, 'expect-denied': 0 };
  for (const e of entries) {
    counts[e.decision.action] += 1;
    const why = e.decision.action === 'send' ? '' : ` (${e.decision.reason})`;
    lines.push(`  ${e.decision.action.padEnd(13)} ${e.method.padEnd(6)} ${e.path}${why}`);
  }
  lines.push(`${counts.send} to send, ${counts['expect-denied']} expected denied, ${counts.skip} skipped`);
  return `${lines.join('\n')}\n`;
}
