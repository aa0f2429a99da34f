import type { HttpRequest, HttpResponse } from '../contracts/http.js';
import { redact, redactHeaders } from '../redact/index.js';
import type { Transcript } from '../results/types.js';
import { requestNote } from '../transport/method.js';

const MAX_BODY = 4096;

/** Redacted first, then cut: a cut must never leave the front part of a secret behind. */
function clean(text: string | undefined): string | undefined {
  if (text === undefined) return text;
  const body = redact(text);
  return body.length <= MAX_BODY ? body : `${body.slice(0, MAX_BODY)}… (${body.length} chars)`;
}

/**
 * A request/response pair for reports, redacted as it is captured (URL, headers, bodies), bodies
 * clipped to 4 KiB; with a note when the request went out in an unusual way (a GET with a body).
 */
export function transcriptOf(baseUrl: string, request: HttpRequest, response?: HttpResponse): Transcript {
  const note = requestNote(request);
  return {
    request: { method: request.method, url: redact(`${baseUrl.replace(/\/$/, '')}${request.url}`), headers: redactHeaders(request.headers), body: clean(request.body), ...(note ? { note } : {}) },
    response: response && { status: response.status, headers: redactHeaders(response.headers), body: clean(response.text), elapsedMs: response.elapsedMs },
  };
}
