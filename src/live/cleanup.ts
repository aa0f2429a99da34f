import type { Transport } from '../transport/types.js';
import { isObject } from '../util/json.js';
import { servicePath } from './created.js';
import type { Intent, Ledger } from './ledger.js';
import { samePath } from './targets.js';

/** What cleanup did; `failed` and `unknown` must be shown to the user (those may still be in the tenant). */
export interface CleanupReport {
  deleted: string[];
  /** Answered 404/410: deleted by a DELETE contract or someone else, or recorded under a URL the service does not use. */
  gone: string[];
  failed: { url: string; createdBy: string; reason: string }[];
  /** Creates accepted (202) without saying where their resource is: nothing to delete by URL. */
  unlocated: string[];
  /** Resources of creates whose answer never came, found again by the run marker (and then deleted). */
  found: string[];
  /** Creates whose outcome is unknown and whose resource could not be looked for, and why. */
  unknown: { createdBy: string; reason: string }[];
}

/** Options of `cleanupLedger`. */
export interface CleanupOptions {
  /** Wait up to this long for writes still in flight (sent less than this long ago) to end. @default 0 */
  settleMs?: number;
  /** Where a wait for writes in flight is announced. @default silent */
  log?: (line: string) => void;
}

/** Pages of a collection read when looking for a marked resource. */
const MAX_PAGES = 50;

/** An empty report. */
export function emptyReport(): CleanupReport {
  return { deleted: [], gone: [], failed: [], unlocated: [], found: [], unknown: [] };
}

/** Two passes over one ledger as one report: what the second still could not do is what is left. */
export function mergeReports(first: CleanupReport, second: CleanupReport): CleanupReport {
  return {
    deleted: [...first.deleted, ...second.deleted],
    gone: [...first.gone, ...second.gone],
    failed: second.failed,
    unlocated: [...first.unlocated, ...second.unlocated],
    found: [...first.found, ...second.found],
    unknown: [...first.unknown, ...second.unknown.filter((u) => !first.unknown.some((f) => f.createdBy === u.createdBy && f.reason === u.reason))],
  };
}

/**
 * Deletes everything the ledger says the run created and did not delete, newest first. First, a
 * create whose outcome is unknown (no answer, or a 5xx) is looked for: at its own URL (PUT, a
 * single-valued navigation property) or by listing its collection for the run marker it carried;
 * what is found is recorded and deleted with the rest. 404/410 are reported apart as "already
 * gone", never as deleted. Never throws: a failure is recorded and the rest go on.
 */
export async function cleanupLedger(ledger: Ledger, transport: Transport, options: CleanupOptions = {}): Promise<CleanupReport> {
  const report = emptyReport();
  report.unlocated = ledger.unlocatedCreates();
  for (const createdBy of report.unlocated) ledger.reportedUnlocated(createdBy);
  await settle(ledger, options.settleMs ?? 0, options.log);
  await findUnknownCreates(ledger, transport, report);
  for (const entry of ledger.pending()) {
    if (!isGraphPath(entry.url)) {
      report.failed.push({ ...entry, reason: 'refused: not a path under /beta or /v1.0 of the Graph base URL' });
      continue;
    }
    try {
      const res = await transport.send({ method: 'DELETE', url: entry.url, headers: {} });
      if (res.status >= 200 && res.status < 300) {
        ledger.deleted(entry.url);
        report.deleted.push(entry.url);
      } else if (res.status === 404 || res.status === 410) {
        ledger.deleted(entry.url);
        report.gone.push(entry.url);
      } else {
        report.failed.push({ ...entry, reason: `DELETE answered ${res.status}${errorCode(res.json)}` });
      }
    } catch (err) {
      report.failed.push({ ...entry, reason: err instanceof Error ? err.message : String(err) });
    }
  }
  return report;
}

/**
 * Waits until no write of the run is in flight any more (its answer could still record a
 * resource, or the service could still make it), for at most `settleMs` after it was sent.
 */
async function settle(ledger: Ledger, settleMs: number, log: ((line: string) => void) | undefined): Promise<void> {
  const young = () => ledger.inFlight().filter((i) => Date.now() - i.at < settleMs);
  const waiting = young();
  if (waiting.length === 0) return;
  log?.(`cleanup: waiting up to ${Math.ceil(settleMs / 1000)} s for ${waiting.length} write(s) still in flight`);
  while (young().length > 0) await new Promise((r) => setTimeout(r, 100));
}

async function findUnknownCreates(ledger: Ledger, transport: Transport, report: CleanupReport): Promise<void> {
  const searched = new Map<string, Promise<string[] | string>>();
  for (const intent of ledger.unknownCreates()) {
    const createdBy = `${intent.method} ${intent.url}`;
    const create = intent.create!;
    const where = create.collection ?? create.at ?? intent.url;
    if (!create.marker) {
      // Without a marker nothing tells this run's resource from one that was there before.
      report.unknown.push({ createdBy, reason: `its answer never came and its body has no property to carry the run marker: look at ${where} by hand` });
      ledger.resolved(intent.id, []);
      continue;
    }
    if (!isGraphPath(where)) {
      report.unknown.push({ createdBy, reason: `refused to look in ${where}: not a path under /beta or /v1.0` });
      continue;
    }
    const key = `${where}\u0000${create.marker.field}`;
    if (!searched.has(key)) searched.set(key, search(ledger, transport, intent, where, create.marker.field));
    const result = await searched.get(key)!;
    if (typeof result === 'string') {
      report.unknown.push({ createdBy, reason: result });
      continue;
    }
    for (const url of result) if (!report.found.includes(url)) report.found.push(url);
    ledger.resolved(intent.id, result);
  }
}

/**
 * Looks for resources of an unknown-outcome create that carry the run's marker and that the
 * ledger does not hold yet: the resource at the create's own URL (PUT, single-valued navigation
 * property), or the items of its collection. Records them as created; returns their URLs, or
 * why it could not look.
 */
async function search(ledger: Ledger, transport: Transport, intent: Intent, where: string, field: string): Promise<string[] | string> {
  const runMarker = ledger.runHeader()?.marker ?? intent.create!.marker!.value;
  const cannot = (why: string) => `could not look in ${where} for the run marker ${runMarker}: ${why}`;
  const known = [...ledger.createdUrls()];
  const found: string[] = [];
  const single = !intent.create!.collection;
  let url: string | undefined = where;
  for (let page = 0; url && page < MAX_PAGES; page++) {
    let body: unknown;
    try {
      const res = await transport.send({ method: 'GET', url, headers: {} });
      if (single && (res.status === 404 || res.status === 410)) return [];
      if (res.status !== 200) return cannot(`GET answered ${res.status}${errorCode(res.json)}`);
      body = res.json;
    } catch (err) {
      return cannot(err instanceof Error ? err.message : String(err));
    }
    const items = single ? [body] : isObject(body) && Array.isArray(body.value) ? body.value : [];
    for (const item of items) {
      if (!isObject(item) || typeof item[field] !== 'string' || !(item[field] as string).includes(runMarker)) continue;
      const at = single ? where : itemUrl(item, where, transport.baseUrl);
      if (!at || known.some((k) => samePath(k, at)) || found.includes(at)) continue;
      found.push(at);
      ledger.created({ url: at, createdBy: `${intent.method} ${intent.url} (outcome unknown; found by its marker ${runMarker})` });
    }
    const next = !single && isObject(body) ? body['@odata.nextLink'] : undefined;
    url = typeof next === 'string' ? servicePath(next, transport.baseUrl + where, transport.baseUrl, true) : undefined;
  }
  return found;
}

/** Where a listed item lives: its `@odata.editLink` or `@odata.id` under the service, else `<collection>/<id>`. */
function itemUrl(item: Record<string, unknown>, collection: string, baseUrl: string): string | undefined {
  const version = collection.split('/')[1];
  for (const link of [item['@odata.editLink'], item['@odata.id']]) {
    const url = typeof link === 'string' && link ? servicePath(link, `${baseUrl}/${version}/`, baseUrl) : undefined;
    if (url) return url;
  }
  return typeof item.id === 'string' && item.id ? `${collection}/${encodeURIComponent(item.id)}` : undefined;
}

/**
 * Whether a ledger URL is a Graph path cleanup may send a DELETE to: relative to the Graph base
 * URL, under a version, with no query, fragment or dot segments. A ledger is a file anyone could
 * edit; cleanup never deletes a URL it would not have recorded itself.
 */
export function isGraphPath(url: string): boolean {
  return /^\/(beta|v1\.0)\/[^?#\s\\]+$/.test(url) && !url.split('/').slice(1).some((s) => s === '' || s === '.' || s === '..' || /^%2e/i.test(s));
}

function errorCode(json: unknown): string {
  const code = (json as { error?: { code?: string } } | undefined)?.error?.code;
  return code ? ` ${code}` : '';
}

/** One line per outcome, for the console and the run's output. */
export function formatCleanup(report: CleanupReport): string[] {
  const gone = report.gone.length > 0 ? `; ${report.gone.length} not found (404)` : '';
  const found = report.found.length > 0 ? ` (${report.found.length} of them found by the run marker after their create went unanswered)` : '';
  const lines = [`cleanup: deleted ${report.deleted.length} created resource(s)${found}${gone}`];
  // A 404 is either "someone deleted it already" or "it lives at another URL" (a create answered
  // without Location, under a single-valued navigation property): worth a look by hand.
  for (const url of report.gone) lines.push(`cleanup: not found at ${url} (already deleted, or created elsewhere: check by hand)`);
  for (const f of report.failed) lines.push(`cleanup: could not delete ${f.url} (created by ${f.createdBy}): ${f.reason}`);
  for (const u of report.unlocated) lines.push(`cleanup: ${u} was accepted (202) without saying where its resource is: not deleted, check by hand`);
  for (const u of report.unknown) lines.push(`cleanup: ${u.createdBy}: outcome unknown; ${u.reason}`);
  return lines;
}
