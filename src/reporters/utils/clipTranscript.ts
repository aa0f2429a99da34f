import type { Transcript } from '../../results/types.js';

/** Longest body kept in the HTML report by default; results.json keeps the whole body. */
export const MAX_BODY_CHARS = 8_000;

/**
 * A transcript cut to a size a report can show. Transcripts arrive redacted (where they are
 * captured, `src/suites/transcript.ts`); reports show them as they are.
 */
export function clipTranscript(t: Transcript, maxBody = MAX_BODY_CHARS): Transcript {
  const request = { ...t.request, body: cut(t.request.body, maxBody) };
  if (!t.response) return { request };
  return { request, response: { ...t.response, body: cut(t.response.body, maxBody) } };
}

function cut(text: string | undefined, max: number): string | undefined {
  if (text === undefined || text.length <= max) return text;
  return `${text.slice(0, max)}\n… (${text.length - max} more characters in results.json)`;
}
