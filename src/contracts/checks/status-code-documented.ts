import { finding } from '../finding.js';
import type { Check } from '../types.js';

/** The response status is the success status the page documents. */
export const check: Check = {
  id: 'status-code-documented',
  title: 'status code',
  severity: 'error',
  run({ contract, response }) {
    const expected = contract.response.status;
    if (response.status === expected) return [];
    return [
      finding(check, {
        message: `status ${response.status} is not the documented ${expected}`,
        expected,
        actual: response.status,
        source: contract.source.status ?? contract.source.response ?? contract.source.request,
      }),
    ];
  },
};
