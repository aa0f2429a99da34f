import type { HttpResponse } from '../http.js';
import type { Check, Contract, Violation } from '../types.js';

const ID = 'request-denied';

/**
 * For a request the docs say the sign-in's permission type cannot make: the tenant must refuse it
 * with 401 or 403 and Graph's error envelope `{"error":{"code","message"}}`. Anything else is a violation.
 */
export function deniedViolations(contract: Contract, response: HttpResponse): Violation[] {
  const out: Violation[] = [];
  const source = contract.permissions.source ?? contract.source.page;
  if (response.status !== 401 && response.status !== 403) {
    out.push({ check: ID, severity: 'error', message: `expected the request to be denied (401 or 403) because the docs say this permission type is not supported, got ${response.status}`, expected: [401, 403], actual: response.status, source });
  }
  const error = (response.json as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
  if (typeof error?.code !== 'string' || typeof error.message !== 'string') {
    out.push({ check: ID, severity: 'error', message: 'denial without the Graph error envelope {"error":{"code","message"}}', pointer: '/error', source });
  }
  return out;
}

/**
 * The check of a request run with `--expect-denied`: it replaces the usual checks, which judge a
 * documented success the request is not supposed to get.
 */
export const check: Check = {
  id: ID,
  title: 'request denied',
  severity: 'error',
  targets: ['live'],
  judges: 'denial',
  run: ({ contract, response }) => deniedViolations(contract, response),
};
