/** A request as a transport sends it and a check sees it. */
export interface HttpRequest {
  method: string;
  /** Path and query relative to the target base URL, starting with the version: `/beta/users/1`. */
  url: string;
  headers: Record<string, string>;
  /** Serialized body, if any. */
  body?: string;
}

/**
 * A response as every check sees it, whichever transport got it (see `normalizeResponse` in
 * `src/transport/normalize.ts`, the one place that builds it from the wire).
 */
export interface HttpResponse {
  status: number;
  /** Header names lower-cased; repeated headers joined with `, `. */
  headers: Record<string, string>;
  text: string;
  /** Parsed JSON when the body is JSON, else undefined. */
  json?: unknown;
  elapsedMs: number;
}
