import type { DocDiagnostic, SourceRef } from '../docs/types.js';
import { lineBelow } from './diagnostic.js';
import { parseJsonBody } from './jsonBody.js';
import type { HttpExample, HttpMethod, RequestExample, ResponseExample } from './types.js';

const REQUEST_LINE = /^(GET|POST|PUT|PATCH|DELETE)\s+(\S.*?)(?:\s+HTTP\/\d(?:\.\d)?)?\s*$/i;
const STATUS_LINE = /^HTTP(?:\/\d(?:\.\d)?)?\s+(\d{3})\b/i;
const HEADER = /^([A-Za-z][\w-]*)\s*:\s*(.*)$/;
const VERSION = /^(beta|v1\.0)$/i;
const JSON_TYPE = /json/i;
const JSON_START = /^\s*[[{]/;
const HOST = /^https?:\/\/[^/]+/i;

/** `METHOD URL` of a request fence's first line, or undefined when it is not one. */
export function requestLine(firstLine: string): { method: HttpMethod; url: string } | undefined {
  const m = REQUEST_LINE.exec(firstLine.trim());
  return m?.[1] && m[2] ? { method: m[1].toUpperCase() as HttpMethod, url: m[2].trim() } : undefined;
}

/** The status of a response fence's first line (`HTTP/1.1 201 Created`), or undefined. */
export function statusLine(firstLine: string): number | undefined {
  const m = STATUS_LINE.exec(firstLine.trim());
  return m ? Number(m[1]) : undefined;
}

/**
 * Headers and body after the start line of `text` (at `source.line`). Walks line ends by index:
 * example bodies run to thousands of lines and need not be split and joined again.
 */
function headersAndBody(text: string, source: SourceRef): HttpExample & { diagnostics: DocDiagnostic[] } {
  const headers: Record<string, string> = {};
  const next = (from: number): number => {
    const end = text.indexOf('\n', from);
    return end < 0 ? text.length : end;
  };
  let at = next(0) + 1;
  let line = 1;
  for (let stop = next(at); at < text.length; at = stop + 1, stop = next(at), line++) {
    const m = HEADER.exec(text.slice(at, stop).trim());
    if (!m?.[1]) break;
    headers[m[1]] = (m[2] ?? '').trim();
  }
  for (let stop = next(at); at < text.length && text.slice(at, stop).trim() === ''; at = stop + 1, stop = next(at)) line++;
  const body = at < text.length ? text.slice(at).trimEnd() : '';
  if (body === '') return { headers, source, diagnostics: [] };
  const contentType = Object.entries(headers).find(([k]) => k.toLowerCase() === 'content-type')?.[1] ?? '';
  const looksJson = JSON_TYPE.test(contentType) || (contentType === '' && JSON_START.test(body));
  if (!looksJson) return { headers, bodyText: body.trim(), source, diagnostics: [] };
  const parsed = parseJsonBody(body, lineBelow(source, line));
  return { headers, body: parsed.body, bodyText: parsed.bodyText, source, diagnostics: parsed.diagnostics };
}

function firstLine(text: string): string {
  const end = text.indexOf('\n');
  return end < 0 ? text : text.slice(0, end);
}

/** Splits a Graph URL (absolute or `/path`) into version, path with `{placeholders}`, and query. */
export function splitUrl(url: string): { version: string; path: string; query: Record<string, string> } {
  const q = url.indexOf('?');
  const pathPart = (q >= 0 ? url.slice(0, q) : url).replace(HOST, '');
  const segments = pathPart.split('/');
  const hasVersion = VERSION.test(segments[1] ?? '');
  const query: Record<string, string> = {};
  if (q >= 0) {
    for (const pair of url.slice(q + 1).split('&')) {
      const eq = pair.indexOf('=');
      const key = eq >= 0 ? pair.slice(0, eq) : pair;
      if (key !== '') query[decode(key)] = eq >= 0 ? decode(pair.slice(eq + 1)) : '';
    }
  }
  return {
    version: hasVersion ? (segments[1] ?? '').toLowerCase() : '',
    path: hasVersion ? '/' + segments.slice(2).join('/') : pathPart,
    query,
  };
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** A request fence → RequestExample. `source` is the line of the request line. */
export function parseRequest(text: string, source: SourceRef): { example?: RequestExample; diagnostics: DocDiagnostic[] } {
  const start = requestLine(firstLine(text));
  if (!start) return { diagnostics: [] };
  const { diagnostics, ...message } = headersAndBody(text, source);
  return { example: { method: start.method, url: start.url, ...splitUrl(start.url), ...message }, diagnostics };
}

/** A response fence → ResponseExample (annotation facts are the caller's). `source` = status line. */
export function parseResponse(text: string, source: SourceRef): { example?: ResponseExample; diagnostics: DocDiagnostic[] } {
  const status = statusLine(firstLine(text));
  if (status === undefined) return { diagnostics: [] };
  const { diagnostics, ...message } = headersAndBody(text, source);
  return { example: { status, truncated: false, ...message }, diagnostics };
}
