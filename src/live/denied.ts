import type { Check, Contract, Violation } from '../contracts/types.js';
import type { HttpResponse } from '../transport/types.js';

/** Check id of the `--expect-denied` assertion. */
export const DENIED_CHECK = 'request-denied';

/**
 * For a request the docs say the auth kind cannot make: the tenant must refuse it with 401 or 403
 * and Graph's error envelope `{"error":{"code","message"}}`. Anything else is a violation.
 */
export function deniedViolations(contract: Contract, response: HttpResponse): Violation[] {
  const out: Violation[] = [];
  const source = contract.permissions.source ?? contract.source.page;
  if (response.status !== 401 && response.status !== 403) {
    out.push({ check: DENIED_CHECK, severity: 'error', message: `expected the request to be denied (401 or 403) because the docs say this permission type is not supported, got ${response.status}`, expected: [401, 403], actual: response.status, source });
  }
  const error = (response.json as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
  if (typeof error?.code !== 'string' || typeof error.message !== 'string') {
    out.push({ check: DENIED_CHECK, severity: 'error', message: 'denial without the Graph error envelope {"error":{"code","message"}}', pointer: '/error', source });
  }
  return out;
}

/**
 * The one check of a contract run with `--expect-denied`: it replaces the usual checks, which
 * judge a documented success the request is not supposed to get.
 */
export const requestDeniedCheck: Check = {
  id: DENIED_CHECK,
  title: 'request denied',
  severity: 'error',
  targets: ['live'],
  run: ({ contract, response }) => deniedViolations(contract, response),
};
