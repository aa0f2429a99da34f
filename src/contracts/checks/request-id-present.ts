import { finding } from '../finding.js';
import type { Check } from '../types.js';

/**
 * Every Graph response carries a `request-id` header (support needs it to trace a call), and
 * echoes the `client-request-id` the client sent.
 */
export const check: Check = {
  id: 'request-id-present',
  title: 'request id',
  severity: 'warning',
  targets: ['live'],
  run({ contract, request, response }) {
    const source = contract.source.page;
    const found = [];
    if (!response.headers['request-id']) {
      found.push(finding(check, { message: 'the response has no `request-id` header', expected: 'request-id header', actual: null, source }));
    }
    const sent = Object.entries(request.headers).find(([name]) => name.toLowerCase() === 'client-request-id')?.[1];
    if (sent && response.headers['client-request-id'] !== sent) {
      found.push(finding(check, { message: '`client-request-id` is not echoed', expected: sent, actual: response.headers['client-request-id'] ?? null, source }));
    }
    return found;
  },
};
