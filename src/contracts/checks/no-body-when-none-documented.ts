import { isSuccess } from '../bodyItems.js';
import { finding } from '../finding.js';
import { pagesNote } from '../judged.js';
import type { Check } from '../types.js';

/**
 * A success the page documents without a body (`204 No Content`, "returns `202 Accepted`" with
 * no response body) has none: a client that reads no body must not miss data, and one that
 * parses bodies must not trip on one. A body another page of this request documents for the
 * status passes.
 */
export const check: Check = {
  id: 'no-body-when-none-documented',
  title: 'no body',
  severity: 'error',
  appliesToContract: (contract) => contract.response.body === 'none',
  appliesTo: (contract, { response }) => contract.response.body === 'none' && isSuccess(response.status),
  run(ctx) {
    const { contract, response } = ctx;
    if (response.text.length === 0) return [];
    const source = contract.source.status ?? contract.source.response ?? contract.source.request;
    const other = ctx.peers.find((p) => p.response.status === response.status && p.response.body !== 'none');
    if (other) return [{ ...finding(check, { message: `a body with status ${response.status} is what ${other.page} documents for this request; this page documents none`, pointer: '', source, fitsPeer: other.page }), severity: 'info' }];
    return [
      finding(check, {
        message: `the page documents no body for this answer, but status ${response.status} came with ${response.text.length} bytes${pagesNote(ctx)}`,
        pointer: '',
        expected: '(no body)',
        actual: response.text.slice(0, 200),
        source,
      }),
    ];
  },
};
