import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConfigError } from '../errors.js';
import { emptyReport, mergeReports, type CleanupReport } from './cleanup.js';
import { writeBlocked } from './gate.js';
import { Ledger } from './ledger.js';
import { foreignLedger, ledgerDir, openLiveTarget, type LiveTargetOptions } from './target.js';

/** Options of `graph-contracts cleanup`. */
export interface LeftoversOptions extends LiveTargetOptions {
  /** `--ledger`: only this ledger. @default every ledger of the tenant under `.cache/ledger/` */
  ledger?: string;
  /** `--dry-run`: say what would be deleted and looked for; send nothing. @default false */
  dryRun?: boolean;
}

/** What `graph-contracts cleanup` did (or, with `dryRun`, would do). */
export interface LeftoversResult extends CleanupReport {
  /** The ledgers read, and why one was not touched. */
  ledgers: { path: string; refused?: string }[];
  /** `dryRun`: one line per action cleanup would take. */
  plan: string[];
}

/**
 * Deletes what earlier runs against the configured tenant created and could not clean up (a run
 * killed with SIGKILL, a tenant that refused a DELETE, a cleanup stopped by a second Ctrl-C):
 * every pending entry of `options.ledger`, or of every ledger of that tenant under
 * `.cache/ledger/`. It deletes, so it needs what a run needs to write: `--allow-writes` and the
 * tenant in GRAPH_WRITE_TENANTS (ConfigError otherwise, before anything is read or sent). A ledger
 * of another tenant or Graph base URL is not touched. Not for use while a run against the tenant
 * is in progress.
 */
export async function cleanupLeftovers(options: LeftoversOptions): Promise<LeftoversResult> {
  const cwd = options.cwd ?? process.cwd();
  const target = openLiveTarget(options);
  const blocked = writeBlocked('DELETE', target.policy);
  if (blocked && !options.dryRun) throw new ConfigError('--allow-writes', `cleanup deletes from tenant ${target.config.tenantId}: ${blocked}`);
  const files = options.ledger ? [resolve(cwd, options.ledger)] : tenantLedgers(ledgerDir(cwd), target.config.tenantId);
  const result: LeftoversResult = { ...emptyReport(), ledgers: [], plan: [] };
  let report = emptyReport();
  for (const path of files) {
    readable(path);
    const ledger = new Ledger(path);
    const refused = foreignLedger(ledger, target.config);
    result.ledgers.push({ path, ...(refused ? { refused } : {}) });
    if (refused) continue;
    if (options.dryRun) {
      result.plan.push(...planOf(ledger));
      continue;
    }
    report = mergeAll(report, await target.cleanup(ledger));
  }
  return { ...result, ...report };
}

/** What cleanup would do with a ledger. */
function planOf(ledger: Ledger): string[] {
  const marker = ledger.runHeader()?.marker;
  return [
    ...ledger.unknownCreates().map((i) => `would look for ${marker} in ${i.create?.collection ?? i.create?.at ?? i.url} (${i.method} ${i.url}: outcome unknown)`),
    ...ledger.pending().map((e) => `would delete ${e.url} (created by ${e.createdBy})`),
    ...ledger.unlocatedCreates().map((u) => `would report ${u}: accepted (202) without saying where its resource is`),
  ];
}

/** Reports of several ledgers as one: everything added up, failures of each kept. */
function mergeAll(total: CleanupReport, next: CleanupReport): CleanupReport {
  const merged = mergeReports(total, next);
  return { ...merged, failed: [...total.failed, ...next.failed], unknown: [...total.unknown, ...next.unknown] };
}

function readable(path: string): void {
  try {
    statSync(path);
  } catch (err) {
    throw new ConfigError('--ledger', `--ledger: cannot read ${path} (${(err as NodeJS.ErrnoException).code ?? 'error'})`, { cause: err });
  }
}

function tenantLedgers(dir: string, tenantId: string): string[] {
  try {
    return readdirSync(dir).filter((f) => f.startsWith(`${tenantId}-`) && f.endsWith('.jsonl')).sort().map((f) => join(dir, f));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
}
