/**
 * The one redaction of the project: everything that stores or prints a request, a response, an
 * error or a log line passes through here at the moment it is captured. Nothing else redacts.
 *
 * Two layers: the run's secrets registry (`registerSecret`: the client secret, certificate key,
 * static token, every token acquired or refreshed, every Authorization value sent), matched in
 * every encoding (see `encodings.ts`), and the names and shapes secrets take on the wire
 * (`fields.ts`), which also catch values the process never saw.
 */
import { isSecretName, TEXT_PATTERNS } from './fields.js';
import { REDACTED, SecretRegistry } from './registry.js';

export { REDACTED } from './registry.js';

/** The process's registry: one per thread, shared between the threads of a run (see `shareSecretsAcrossThreads`). */
export const secrets = new SecretRegistry();

/** Remembers a secret so every later `redact` removes it, in any encoding, wherever it shows up. */
export function registerSecret(value: string | undefined): void {
  secrets.add(value);
}

/** A text with registered secrets and secret-shaped substrings replaced; JSON keeps its layout. */
export function redact(text: string): string {
  const known = secrets.replace(text);
  const json = parseJson(known);
  if (json !== undefined) {
    const clean = redactJson(json);
    return clean === json ? known : JSON.stringify(clean, null, indentOf(known));
  }
  return shapes(known);
}

/**
 * `redact` for text of any shape (console output): registered secrets and secret shapes only,
 * without reading the text as a JSON document, so printed JSON keeps every byte but the secrets.
 */
export function redactText(text: string): string {
  return shapes(secrets.replace(text));
}

/** Secret-shaped substrings of a text replaced (see `TEXT_PATTERNS`). */
function shapes(text: string): string {
  let out = text;
  for (const [pattern, replacement] of TEXT_PATTERNS) out = out.replace(pattern, replacement);
  return out;
}

/** Copy of headers with secret headers replaced and other values passed through `redact`. */
export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) out[name] = isSecretName(name) ? REDACTED : redact(value);
  return out;
}

/** Any JSON-serialisable value (error details, transcripts, violations): secret properties and every string redacted. */
export function redactValue<T>(value: T): T {
  return redactJson(value, true) as T;
}

/**
 * `value` with properties of secret names replaced and strings redacted; the same object when
 * nothing changed. Strings of a parsed body are only scanned for shapes when `strings` is set:
 * the registry already ran over the whole text.
 */
function redactJson(value: unknown, strings = false): unknown {
  if (typeof value === 'string') return value === '' ? value : redactString(value, strings);
  if (Array.isArray(value)) {
    const items = value.map((v) => redactJson(v, strings));
    return items.some((v, i) => v !== value[i]) ? items : value;
  }
  if (value === null || typeof value !== 'object') return value;
  let changed = false;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    const name = strings ? redact(key) : key;
    // A secret name holds a value; an object under it (a schema, a nested record) is walked instead.
    const clean = isSecretName(key) && v !== null && v !== '' && typeof v !== 'object' ? REDACTED : redactJson(v, strings);
    changed ||= clean !== v || name !== key;
    out[name] = clean;
  }
  return changed ? out : value;
}

function redactString(value: string, full: boolean): string {
  if (full) return redact(value);
  // A body's strings: an embedded JSON document or secret shapes (the registry ran on the whole text).
  const json = parseJson(value);
  if (json !== undefined) {
    const clean = redactJson(json);
    return clean === json ? value : JSON.stringify(clean);
  }
  return shapes(value);
}

function parseJson(text: string): unknown {
  const first = text.trimStart()[0];
  if (first !== '{' && first !== '[') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The indentation of a pretty-printed JSON text (its second line's), or none for compact JSON. */
function indentOf(text: string): string | undefined {
  return /\n([ \t]+)\S/.exec(text)?.[1];
}
