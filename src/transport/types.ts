/** A request as a transport sends it. */
export interface HttpRequest {
  method: string;
  /** Path and query relative to the target base URL, starting with the version: `/beta/users/1`. */
  url: string;
  headers: Record<string, string>;
  /** Serialized body, if any. */
  body?: string;
}

/** A response, normalized so checks never care which transport produced it. */
export interface HttpResponse {
  status: number;
  /** Header names lower-cased; repeated headers joined with `, `. */
  headers: Record<string, string>;
  text: string;
  /** Parsed JSON when the body is JSON, else undefined. */
  json?: unknown;
  elapsedMs: number;
}

/** How a request reaches an API: the embedded mock in-process, or a live tenant. */
export interface Transport {
  readonly kind: 'mock' | 'live';
  /** Base URL requests are resolved against (for the mock, the in-process server's URL). */
  readonly baseUrl: string;
  send(request: HttpRequest): Promise<HttpResponse>;
  close?(): Promise<void>;
}
