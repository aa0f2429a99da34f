import type { Transcript } from '../../results/types.js';
import { clipTranscript } from './clipTranscript.js';

/** Longest body kept in JUnit `<system-out>`: CI pages show it inline. */
const MAX_BODY_CHARS = 2_000;

/** A transcript as HTTP-like text (as captured, redacted; bodies cut), for JUnit `<system-out>`. */
export function transcriptText(transcript: Transcript): string {
  const { request, response } = clipTranscript(transcript, MAX_BODY_CHARS);
  const lines = [...(request.note ? [`# ${request.note}`] : []), `${request.method} ${request.url}`, ...headerLines(request.headers)];
  if (request.body) lines.push('', request.body);
  if (response) {
    lines.push('', `HTTP ${response.status} (${response.elapsedMs} ms)`, ...headerLines(response.headers));
    if (response.body) lines.push('', response.body);
  }
  return lines.join('\n');
}

function headerLines(headers: Record<string, string>): string[] {
  return Object.entries(headers).map(([k, v]) => `${k}: ${v}`);
}
