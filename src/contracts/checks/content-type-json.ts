import { finding } from '../finding.js';
import type { Check } from '../types.js';

/** Media type of a Content-Type value, lower-cased, without parameters (`odata.metadata`, `charset`). */
function mediaType(header: string | undefined): string | undefined {
  return header?.split(';')[0]?.trim().toLowerCase() || undefined;
}

/** A response that has a body says it is JSON (an empty body is the status and schema checks' business). */
export const check: Check = {
  id: 'content-type-json',
  title: 'content type',
  severity: 'error',
  appliesTo: (_contract, { response }) => response.text.length > 0,
  run({ contract, response }) {
    const actual = mediaType(response.headers['content-type']);
    if (actual === 'application/json') return [];
    return [
      finding(check, {
        message: actual ? `Content-Type is ${actual}, not application/json` : 'the response has no Content-Type header',
        expected: contract.response.contentType ?? 'application/json',
        actual: response.headers['content-type'] ?? null,
        source: contract.source.response ?? contract.source.request,
      }),
    ];
  },
};
