import type { HttpRequest } from '../transport/types.js';
import { isObject } from '../util/json.js';
import type { CreateIntent } from './ledger.js';

/**
 * Documented string properties a create's run marker is appended to, in order of preference:
 * properties Graph keeps as sent and lists back, so a create whose answer never came can be found
 * again by listing its collection (see `cleanup.ts`).
 */
export const MARKER_FIELDS = ['displayName', 'description', 'subject', 'title'] as const;

/** The marker of a run: short, unique, and harmless in a display name. */
export function runMarker(runId: string): string {
  return `gcrun-${runId.replace(/[^0-9a-z]/gi, '').slice(0, 12).toLowerCase()}`;
}

/**
 * The create request with `marker` appended to the first marker property its JSON body has, and
 * where it went; the request unchanged (and no marker) when the body has none of them.
 */
export function markCreate(request: HttpRequest, marker: string): { request: HttpRequest; marker?: CreateIntent['marker'] } {
  let body: unknown;
  try {
    body = JSON.parse(request.body ?? '');
  } catch {
    return { request };
  }
  if (!isObject(body)) return { request };
  const field = MARKER_FIELDS.find((f) => typeof body[f] === 'string');
  if (!field) return { request };
  const value = `${body[field] as string} ${marker}`.trim();
  return { request: { ...request, body: JSON.stringify({ ...body, [field]: value }) }, marker: { field, value } };
}
