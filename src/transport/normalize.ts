import type { HttpResponse } from './types.js';

const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * The one normalisation of an answer off the wire, for every transport, so a check sees the same
 * response for the same bytes on the mock and on a tenant: header names lower-cased and repeated
 * headers joined with `, ` (RFC 9110 §5.3; `set-cookie` too), the body decoded as UTF-8 as sent
 * (a byte-order mark kept), `json` when the content type says JSON or the text is a JSON object or
 * array whatever its label (the checks judge the label on their own), elapsed time to 0.1 ms.
 */
export function normalizeResponse(status: number, headers: Iterable<readonly [string, string]>, body: Uint8Array, elapsedMs: number): HttpResponse {
  const flat: Record<string, string> = {};
  for (const [name, value] of headers) {
    const key = name.toLowerCase();
    flat[key] = key in flat ? `${flat[key]}, ${value}` : value;
  }
  const text = decoder.decode(body);
  return { status, headers: flat, text, json: parseJson(flat['content-type'], text), elapsedMs: Math.round(elapsedMs * 10) / 10 };
}

/** `[name, value]` pairs from Node's flat `rawHeaders` list (`[name1, value1, name2, value2, ...]`). */
export function rawHeaderPairs(raw: readonly string[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) pairs.push([raw[i]!, raw[i + 1]!]);
  return pairs;
}

function parseJson(contentType: string | undefined, text: string): unknown {
  const first = text.trimStart()[0];
  if (first !== '{' && first !== '[' && !/\bjson\b/i.test(contentType ?? '')) return undefined;
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
