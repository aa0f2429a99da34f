import type { Transcript } from '../../results/types.js';

/** Header names whose values are credentials. Compared lower-cased. */
const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie', 'x-api-key', 'ocp-apim-subscription-key']);

/** Longest body kept in the HTML report by default; results.json keeps the whole body. */
export const MAX_BODY_CHARS = 8_000;

/**
 * Makes a transcript safe and small for the HTML report. Transcripts arrive redacted, but a
 * report must never show a credential even if that step missed one, so secret headers are masked
 * again here; long bodies are cut.
 */
export function redactTranscript(t: Transcript, maxBody = MAX_BODY_CHARS): Transcript {
  const request = { ...t.request, headers: maskHeaders(t.request.headers), body: cut(t.request.body, maxBody) };
  if (!t.response) return { request };
  return { request, response: { ...t.response, headers: maskHeaders(t.response.headers), body: cut(t.response.body, maxBody) } };
}

function maskHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, SECRET_HEADERS.has(name.toLowerCase()) ? '[redacted]' : value]));
}

function cut(body: string | undefined, max: number): string | undefined {
  if (body === undefined || body.length <= max) return body;
  return `${body.slice(0, max)}\n… (${body.length - max} more characters in results.json)`;
}
