import { redact } from '../redact/index.js';
import type { Transport } from '../transport/types.js';
import type { Ledger } from './ledger.js';

/** What cleanup did; `failed` must be shown to the user (those resources are still in the tenant). */
export interface CleanupReport {
  deleted: string[];
  /** Answered 404/410: deleted by a DELETE contract or someone else, or recorded under a URL the service does not use. */
  gone: string[];
  failed: { url: string; createdBy: string; reason: string }[];
  /** Creates accepted (202) without saying where their resource is: nothing to delete by URL. */
  unlocated: string[];
}

/**
 * Deletes every resource the ledger still holds, newest first. 404/410 are reported apart as
 * "already gone", never as deleted. Never throws: a failure is recorded and the rest go on.
 */
export async function cleanupLedger(ledger: Ledger, transport: Transport): Promise<CleanupReport> {
  const report: CleanupReport = { deleted: [], gone: [], failed: [], unlocated: ledger.unlocatedCreates() };
  for (const createdBy of report.unlocated) ledger.reportedUnlocated(createdBy);
  for (const entry of ledger.pending()) {
    try {
      const res = await transport.send({ method: 'DELETE', url: entry.url, headers: {} });
      if (res.status >= 200 && res.status < 300) {
        ledger.deleted(entry.url);
        report.deleted.push(entry.url);
      } else if (res.status === 404 || res.status === 410) {
        ledger.deleted(entry.url);
        report.gone.push(entry.url);
      } else {
        const code = (res.json as { error?: { code?: string } } | undefined)?.error?.code;
        report.failed.push({ ...entry, reason: `DELETE answered ${res.status}${code ? ` ${code}` : ''}` });
      }
    } catch (err) {
      report.failed.push({ ...entry, reason: redact((err as Error).message ?? String(err)) });
    }
  }
  return report;
}

/** One line per leftover, for the console and the run's output. */
export function formatCleanup(report: CleanupReport): string[] {
  const gone = report.gone.length > 0 ? `; ${report.gone.length} not found (404)` : '';
  const lines = [`cleanup: deleted ${report.deleted.length} created resource(s)${gone}`];
  // A 404 is either "someone deleted it already" or "it lives at another URL" (a create answered
  // without Location, under a single-valued navigation property): worth a look by hand.
  for (const url of report.gone) lines.push(`cleanup: not found at ${url} (already deleted, or created elsewhere: check by hand)`);
  for (const f of report.failed) lines.push(`cleanup: could not delete ${f.url} (created by ${f.createdBy}): ${f.reason}`);
  for (const u of report.unlocated) lines.push(`cleanup: ${u} was accepted (202) without saying where its resource is: not deleted, check by hand`);
  return lines;
}
