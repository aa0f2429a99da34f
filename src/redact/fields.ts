import { REDACTED } from './registry.js';

/**
 * Names whose values are secret wherever they appear: as a header, a JSON property (at any depth),
 * a form or query field. Compared lower-cased without `_` and `-`, so `access_token`,
 * `accessToken` and `Access-Token` are one name. OAuth and OIDC fields, credentials Graph itself
 * returns (`secretText` of addPassword, `password` of passwordProfile, a subscription's
 * `clientState`), and the headers that carry credentials.
 */
const SECRET_NAMES = new Set([
  'accesstoken', 'refreshtoken', 'idtoken', 'token', 'clientsecret', 'clientassertion', 'assertion', 'devicecode',
  'password', 'passwd', 'secret', 'secrettext', 'privatekey', 'apikey', 'clientstate',
  'authorization', 'proxyauthorization', 'cookie', 'setcookie', 'xapikey', 'ocpapimsubscriptionkey', 'xmsclientsecret',
]);

/** Whether a header, property or field of this name holds a secret. */
export function isSecretName(name: string): boolean {
  return SECRET_NAMES.has(name.toLowerCase().replace(/[_-]/g, ''));
}

/** The secret names as a regular expression alternation, in the spellings text uses. */
const names = ['access_token', 'refresh_token', 'id_token', 'client_secret', 'client_assertion', 'assertion', 'device_code', 'password', 'secret', 'secretText',
  'accessToken', 'refreshToken', 'idToken', 'clientSecret', 'clientState', 'privateKey', 'private_key', 'apiKey', 'api_key'].join('|');

/**
 * Secret shapes in free text (error messages, non-JSON bodies, header dumps), which also catch
 * values the process never saw (a refresh token a server echoes). `code` is an authorization code
 * only in OAuth forms and query strings; in JSON it is Graph's error code, which reports must keep.
 */
export const TEXT_PATTERNS: [RegExp, string][] = [
  // Authorization: Bearer x / Basic x, in header dumps and error messages.
  [/\b(authorization\\?"?\s*[:=]\s*\\?"?(?:bearer|basic|pop)\s+)[^\s",;\\]+/gi, `$1${REDACTED}`],
  [/\b(bearer\s+)[A-Za-z0-9\-._~+/]+=*/gi, `$1${REDACTED}`],
  // JSON in text, also inside a JSON string (`\"refresh_token\": \"...\"`).
  [new RegExp(`("(?:${names})"\\s*:\\s*")(?:[^"\\\\]|\\\\.)*"`, 'gi'), `$1${REDACTED}"`],
  [new RegExp(`(\\\\"(?:${names})\\\\"\\s*:\\s*\\\\")(?:[^"\\\\]|\\\\[^"])*\\\\"`, 'gi'), `$1${REDACTED}\\"`],
  // form or query: client_secret=...&
  [new RegExp(`(^|[?&\\s])((?:${names}|code)=)[^&\\s"']*`, 'gi'), `$1$2${REDACTED}`],
  // Any JWT (header.payload.signature, base64url, starting with {" = eyJ).
  [/\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g, REDACTED],
];
