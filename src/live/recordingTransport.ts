import type { Transport } from '../transport/types.js';
import { createdResourceUrl } from './created.js';
import type { Ledger } from './ledger.js';

/**
 * Wraps a transport so the ledger sees every create and delete, whichever suite or helper sent
 * the request: nothing created can escape cleanup by going around a bookkeeping call.
 * `singleValued`: see `singleValuedCreates`; `asyncCreate`: see `asyncCreates` (a documented
 * asynchronous create answered without saying where its resource is, recorded as unlocated).
 */
export function recordingTransport(inner: Transport, ledger: Ledger, singleValued: readonly RegExp[] = [], asyncCreate: readonly RegExp[] = []): Transport {
  return {
    kind: inner.kind,
    baseUrl: inner.baseUrl,
    close: inner.close?.bind(inner),
    async send(request) {
      const response = await inner.send(request);
      const created = createdResourceUrl(request, response, inner.baseUrl, singleValued);
      if (created) ledger.created({ url: created, createdBy: `${request.method.toUpperCase()} ${request.url}` });
      else if (response.status === 202 && request.method.toUpperCase() === 'POST' && asyncCreate.some((re) => re.test(request.url.split('?')[0]!))) {
        ledger.unlocated(`POST ${request.url}`);
      }
      if (request.method.toUpperCase() === 'DELETE' && response.status >= 200 && response.status < 300) {
        ledger.deleted(request.url.split('?')[0]!);
      }
      return response;
    },
  };
}
