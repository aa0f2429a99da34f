import type { DocDiagnostic, SourceRef } from '../docs/types.js';
import { lineBelow } from './diagnostic.js';
import { parseJsonBody } from './jsonBody.js';
import { append } from '../util/append.js';
import type { HttpExample, HttpMethod, RequestExample, ResponseExample } from './types.js';

const REQUEST_LINE = /^(GET|POST|PUT|PATCH|DELETE)\s+(\S.*?)(?:\s+HTTP\/\d(?:\.\d)?)?\s*$/i;
const STATUS_LINE = /^HTTP(?:\/\d(?:\.\d)?)?\s+(\d{3})\b/i;
const HEADER = /^([A-Za-z][\w-]*)\s*:\s*(.*)$/;
const VERSION = /^(beta|v1\.0)$/i;
const JSON_TYPE = /json/i;
const JSON_START = /^\s*[[{]/;
const HOST = /^https?:\/\/[^/]+/i;
const SPACE = /\s/;

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

/** True when `text` holds only white space between `from` and `to` (tested in place, not sliced and trimmed). */
function blank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!SPACE.test(text[i]!)) return false;
  return true;
}

/**
 * Headers and body after the start line of `text` (at `source.line`); problems with the body go
 * to `diagnostics`. Walks line ends by index: example bodies run to thousands of lines and need
 * not be split and joined again.
 */
function headersAndBody(text: string, source: SourceRef, diagnostics: DocDiagnostic[]): HttpExample {
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
  for (let stop = next(at); at < text.length && blank(text, at, stop); at = stop + 1, stop = next(at)) line++;
  const body = at < text.length ? text.slice(at).trimEnd() : '';
  if (body === '') return { headers, source };
  let contentType = '';
  for (const name in headers) {
    if (name.toLowerCase() !== 'content-type') continue;
    contentType = headers[name]!;
    break;
  }
  const looksJson = JSON_TYPE.test(contentType) || (contentType === '' && JSON_START.test(body));
  if (!looksJson) return { headers, bodyText: body.trim(), source };
  const parsed = parseJsonBody(body, lineBelow(source, line));
  append(diagnostics, parsed.diagnostics);
  return { headers, body: parsed.body, bodyText: parsed.bodyText, source };
}

function firstLine(text: string): string {
  const end = text.indexOf('\n');
  return end < 0 ? text : text.slice(0, end);
}

/**
 * Splits a Graph URL (absolute or `/path`) into version, path with `{placeholders}`, and query.
 * Cut at the indexes of its first slashes and of each `&`, without arrays of segments and pairs.
 */
export function splitUrl(url: string): { version: string; path: string; query: Record<string, string> } {
  const q = url.indexOf('?');
  const pathPart = (q >= 0 ? url.slice(0, q) : url).replace(HOST, '');
  // The first segment after the first `/` may be the version: `/beta/users` → `beta`, `/users`.
  const first = pathPart.indexOf('/');
  const second = first < 0 ? -1 : pathPart.indexOf('/', first + 1);
  const segmentEnd = second < 0 ? pathPart.length : second;
  const segment = first >= 0 && segmentEnd - first - 1 === 4 ? pathPart.slice(first + 1, segmentEnd) : '';
  const hasVersion = VERSION.test(segment);
  const query: Record<string, string> = {};
  for (let at = q + 1; q >= 0 && at <= url.length; ) {
    const amp = url.indexOf('&', at);
    const end = amp < 0 ? url.length : amp;
    const eq = url.indexOf('=', at);
    const key = eq >= 0 && eq < end ? url.slice(at, eq) : url.slice(at, end);
    if (key !== '') query[decode(key)] = eq >= 0 && eq < end ? decode(url.slice(eq + 1, end)) : '';
    at = end + 1;
  }
  return {
    version: hasVersion ? segment.toLowerCase() : '',
    path: hasVersion ? '/' + (second < 0 ? '' : pathPart.slice(second + 1)) : pathPart,
    query,
  };
}

function decode(s: string): string {
  // Only an escape can change a component (or fail to decode).
  if (!s.includes('%')) return s;
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
  const diagnostics: DocDiagnostic[] = [];
  const message = headersAndBody(text, source, diagnostics);
  const { version, path, query } = splitUrl(start.url);
  return { example: { method: start.method, url: start.url, version, path, query, ...message }, diagnostics };
}

/** A response fence → ResponseExample (annotation facts are the caller's). `source` = status line. */
export function parseResponse(text: string, source: SourceRef): { example?: ResponseExample; diagnostics: DocDiagnostic[] } {
  const status = statusLine(firstLine(text));
  if (status === undefined) return { diagnostics: [] };
  const diagnostics: DocDiagnostic[] = [];
  const message = headersAndBody(text, source, diagnostics);
  return { example: { status, truncated: false, ...message }, diagnostics };
}
