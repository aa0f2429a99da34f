import type { Transcript } from '../results/types.js';
import type { HttpRequest, HttpResponse } from '../transport/types.js';

const SECRET_HEADERS = new Set(['authorization', 'cookie', 'set-cookie', 'x-ms-client-secret']);
const MAX_BODY = 4096;

function redact(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) out[name] = SECRET_HEADERS.has(name.toLowerCase()) ? '[redacted]' : value;
  return out;
}

function clip(text: string | undefined): string | undefined {
  return text === undefined || text.length <= MAX_BODY ? text : `${text.slice(0, MAX_BODY)}… (${text.length} chars)`;
}

/** A request/response pair for reports: secret headers redacted, bodies clipped to 4 KiB. */
export function transcriptOf(baseUrl: string, request: HttpRequest, response?: HttpResponse): Transcript {
  return {
    request: { method: request.method, url: `${baseUrl.replace(/\/$/, '')}${request.url}`, headers: redact(request.headers), body: clip(request.body) },
    response: response && { status: response.status, headers: redact(response.headers), body: clip(response.text), elapsedMs: response.elapsedMs },
  };
}
