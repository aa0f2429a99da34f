import { carriesBody } from '../bodyItems.js';
import { finding } from '../finding.js';
import { pagesNote } from '../judged.js';
import type { Check, Contract } from '../types.js';

/** Media type of a Content-Type value, lower-cased, without parameters (`odata.metadata`, `charset`). */
function mediaType(header: string | undefined): string | undefined {
  return header?.split(';')[0]?.trim().toLowerCase() || undefined;
}

/** The page documents a JSON body for this response (an entity or a collection). */
function documentsBody(contract: Contract, status: number): boolean {
  return (contract.response.body === 'entity' || contract.response.body === 'collection') && carriesBody(contract.response.status, status);
}

/**
 * A documented body arrives, and says it is JSON (or the content type the page documents; any
 * type for content the page documents without one, such as `…/$value` bytes).
 */
export const check: Check = {
  id: 'content-type-json',
  title: 'content type',
  severity: 'error',
  judgesBody: true,
  appliesToContract: (contract) => contract.response.body !== 'none',
  appliesTo: (contract, { response }) => response.text.length > 0 || documentsBody(contract, response.status),
  run(ctx) {
    const { contract, response } = ctx;
    const source = contract.source.response ?? contract.source.request;
    const header = response.headers['content-type'];
    if (response.text.length === 0) {
      return [finding(check, { message: `a ${contract.response.type ?? 'JSON'} body is documented, but the response has none`, pointer: '', expected: 'application/json body', actual: '(empty)', source })];
    }
    const actual = mediaType(header);
    // Content of an unknown kind (`…/$value` raw bytes) with no documented type: any media type says what it is.
    if (contract.response.body === 'unknown' && contract.response.contentType === undefined && actual !== undefined) return [];
    // JSON unless the page documents another type (a few answer XML or binary content); a type
    // another page of this request documents for this status passes too.
    const expected = mediaType(contract.response.contentType) ?? 'application/json';
    if (actual === expected) return [];
    const other = ctx.peers.find((p) => p.response.status === response.status && p.response.body !== 'none' && (mediaType(p.response.contentType) ?? 'application/json') === actual);
    if (other) return [{ ...finding(check, { message: `Content-Type ${actual} is what ${other.page} documents for this request; this page documents ${expected}`, expected, actual: header ?? null, source, fitsPeer: other.page }), severity: 'info' }];
    return [
      finding(check, {
        message: (actual ? `Content-Type is ${actual}, not ${expected}` : 'the response has no Content-Type header') + pagesNote(ctx),
        expected,
        actual: header ?? null,
        source,
      }),
    ];
  },
};
