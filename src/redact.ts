/**
 * The one redaction helper: everything that prints, logs or reports a request, a response or an
 * error passes its text through here, so a secret can only leak through code that bypasses it.
 *
 * Two layers: exact values registered at run time (the client secret, every token acquired) and
 * patterns for the shapes secrets take on the wire (Authorization headers, OAuth form fields, JSON
 * token fields, JWTs), which also catch values the process never saw (a refresh token in a body).
 */

/** What replaces a secret. */
export const REDACTED = '[redacted]';

const known = new Set<string>();

/** Header names whose values are always secret (lower-case). */
const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie', 'x-api-key', 'ocp-apim-subscription-key', 'x-ms-client-secret']);

/** OAuth/OIDC parameter names whose values are secret, in forms, query strings and JSON. */
const SECRET_FIELDS = [
  'access_token', 'refresh_token', 'id_token', 'client_secret', 'client_assertion', 'assertion',
  'device_code', 'password', 'secret', 'accessToken', 'refreshToken', 'idToken', 'clientSecret',
];
const fields = SECRET_FIELDS.join('|');
// `code` is an authorization code only in OAuth forms and query strings; in JSON it is Graph's
// error code, which reports must keep.
const formFields = `${fields}|code`;
const PATTERNS: [RegExp, string][] = [
  // Authorization: Bearer x / Basic x, in header dumps and error messages.
  [/\b(authorization"?\s*[:=]\s*"?(?:bearer|basic|pop)\s+)[^\s",;]+/gi, `$1${REDACTED}`],
  [/\b(bearer\s+)[A-Za-z0-9\-._~+/]+=*/gi, `$1${REDACTED}`],
  // JSON: "refresh_token": "..."
  [new RegExp(`("(?:${fields})"\\s*:\\s*")(?:[^"\\\\]|\\\\.)*"`, 'g'), `$1${REDACTED}"`],
  // form or query: client_secret=...&
  [new RegExp(`(^|[?&\\s])((?:${formFields})=)[^&\\s"']*`, 'g'), `$1$2${REDACTED}`],
  // Any JWT (header.payload.signature, base64url, starting with {" = eyJ).
  [/\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g, REDACTED],
];

/** Remembers a secret value so every later `redact` removes it wherever it shows up. */
export function registerSecret(value: string | undefined): void {
  // Very short values would blank out ordinary words; no real secret is that short.
  if (value && value.length >= 8) known.add(value);
}

/** Replaces registered secrets and secret-shaped substrings in a text. */
export function redact(text: string): string {
  let out = text;
  for (const value of known) out = out.split(value).join(REDACTED);
  for (const [pattern, replacement] of PATTERNS) out = out.replace(pattern, replacement);
  return out;
}

/** Copy of headers with secret headers replaced and other values passed through `redact`. */
export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    out[name] = SECRET_HEADERS.has(name.toLowerCase()) ? REDACTED : redact(value);
  }
  return out;
}

/** Redacts any JSON-serializable value (error details, transcripts, report data). */
export function redactValue<T>(value: T): T {
  if (value === undefined) return value;
  return JSON.parse(redact(JSON.stringify(value))) as T;
}
