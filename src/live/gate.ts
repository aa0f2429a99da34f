import type { AuthKind } from '../config/types.js';
import type { Contract } from '../contracts/types.js';
import { PERMISSION_TYPE_LABEL } from '../model/index.js';
import { isReadOnly, methodsOf } from '../transport/method.js';
import type { HttpRequest } from '../transport/types.js';

/** What the run may do on the current target. */
export interface RunPolicy {
  target: 'mock' | 'live';
  authKind: AuthKind;
  /** `--allow-writes`. */
  allowWrites: boolean;
  tenantId: string;
  /** `GRAPH_WRITE_TENANTS`. */
  writeTenants: string[];
  /** `--expect-denied`: send requests the auth kind may not make and assert they are denied. */
  expectDenied: boolean;
}

/** What to do with one contract's request. */
export type Decision =
  | { action: 'send' }
  | { action: 'skip'; reason: string }
  /** Send it and assert 401/403 with the Graph error envelope (see `deniedViolations`). */
  | { action: 'expect-denied'; reason: string };

/**
 * Why the policy forbids sending this request (or a request with this method), or undefined when
 * it may go. A read-only live run sends GETs only; a method-override header counts as the method
 * it names (`GET` + `X-HTTP-Method-Override: DELETE` is a DELETE).
 */
export function writeBlocked(request: Pick<HttpRequest, 'method' | 'headers'> | string, policy: RunPolicy): string | undefined {
  const asked = typeof request === 'string' ? { method: request, headers: {} } : request;
  if (policy.target !== 'live' || isReadOnly(asked)) return undefined;
  const m = methodsOf(asked).find((x) => x !== 'GET')!;
  if (!policy.allowWrites) return `${m} writes to the tenant; live runs are read-only without --allow-writes`;
  if (!policy.writeTenants.includes(policy.tenantId.toLowerCase())) return `${m} writes to tenant ${policy.tenantId}, which is not listed in GRAPH_WRITE_TENANTS`;
  return undefined;
}

/**
 * Decides whether a contract's request may run. Live targets are read-only unless `--allow-writes`
 * is given AND the tenant is in `GRAPH_WRITE_TENANTS`; this comes first, so `--expect-denied` never
 * sends a write that might succeed. Then the page's permissions: a request the current auth kind
 * cannot make ("Not supported.") is skipped, or with `--expect-denied` asserted to be denied.
 */
export function decide(contract: Contract, policy: RunPolicy): Decision {
  if (policy.target !== 'live') return { action: 'send' };
  const blocked = writeBlocked(contract.request, policy);
  if (blocked) return { action: 'skip', reason: blocked };
  if (contract.permissions[policy.authKind] === null) {
    const reason = `${PERMISSION_TYPE_LABEL[policy.authKind]} permissions: "Not supported." (${contract.page})`;
    return policy.expectDenied ? { action: 'expect-denied', reason } : { action: 'skip', reason };
  }
  return { action: 'send' };
}
