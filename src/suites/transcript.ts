import type { HttpRequest, HttpResponse } from '../contracts/http.js';
import { redactHeaders } from '../redact.js';
import type { Transcript } from '../results/types.js';

const MAX_BODY = 4096;

function clip(text: string | undefined): string | undefined {
  return text === undefined || text.length <= MAX_BODY ? text : `${text.slice(0, MAX_BODY)}… (${text.length} chars)`;
}

/** A request/response pair for reports: secret headers redacted, bodies clipped to 4 KiB. */
export function transcriptOf(baseUrl: string, request: HttpRequest, response?: HttpResponse): Transcript {
  return {
    request: { method: request.method, url: `${baseUrl.replace(/\/$/, '')}${request.url}`, headers: redactHeaders(request.headers), body: clip(request.body) },
    response: response && { status: response.status, headers: redactHeaders(response.headers), body: clip(response.text), elapsedMs: response.elapsedMs },
  };
}
