import { redact, redactHeaders } from '../../redact.js';
import type { Transcript } from '../../results/types.js';

/** Longest body kept in the HTML report by default; results.json keeps the whole body. */
export const MAX_BODY_CHARS = 8_000;

/**
 * Makes a transcript safe and small for the HTML report. Transcripts arrive redacted, but a
 * report must never show a credential even if that step missed one, so headers and bodies pass
 * through the one redaction helper again here; long bodies are cut.
 */
export function redactTranscript(t: Transcript, maxBody = MAX_BODY_CHARS): Transcript {
  const request = { ...t.request, url: redact(t.request.url), headers: redactHeaders(t.request.headers), body: cut(t.request.body, maxBody) };
  if (!t.response) return { request };
  return { request, response: { ...t.response, headers: redactHeaders(t.response.headers), body: cut(t.response.body, maxBody) } };
}

function cut(text: string | undefined, max: number): string | undefined {
  if (text === undefined) return text;
  const body = redact(text);
  if (body.length <= max) return body;
  return `${body.slice(0, max)}\n… (${body.length - max} more characters in results.json)`;
}
