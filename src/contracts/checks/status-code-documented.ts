import { isSuccess } from '../bodyItems.js';
import { finding } from '../finding.js';
import { pagesNote } from '../judged.js';
import type { Check } from '../types.js';

/**
 * The response status is the success status the page documents. Where several pages document
 * the request with different statuses, a status another of them documents passes, with a note.
 */
export const check: Check = {
  id: 'status-code-documented',
  title: 'status code',
  severity: 'error',
  run(ctx) {
    const { contract, response } = ctx;
    const expected = contract.response.status;
    if (response.status === expected) return [];
    const source = contract.source.status ?? contract.source.response ?? contract.source.request;
    const other = isSuccess(response.status) ? ctx.peers.find((p) => p.response.status === response.status) : undefined;
    if (other) {
      const message = `status ${response.status} is what ${other.page} documents for this request; this page documents ${expected}`;
      return [{ ...finding(check, { message, expected, actual: response.status, source, fitsPeer: other.page }), severity: 'info' }];
    }
    const statuses = [...new Set([expected, ...ctx.peers.map((p) => p.response.status)])];
    return [finding(check, { message: `status ${response.status} is not the documented ${statuses.join(' or ')}${pagesNote(ctx)}`, expected, actual: response.status, source })];
  },
};
