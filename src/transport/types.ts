import type { HttpRequest, HttpResponse } from '../contracts/http.js';

// The messages are the contracts' (what a check judges); transports only carry them.
export type { HttpRequest, HttpResponse } from '../contracts/http.js';

/** How a request reaches an API: the embedded mock over HTTP, or a live tenant. */
export interface Transport {
  readonly kind: 'mock' | 'live';
  /** Base URL requests are resolved against (for the mock, the in-process server's URL). */
  readonly baseUrl: string;
  send(request: HttpRequest): Promise<HttpResponse>;
  close?(): Promise<void>;
}
