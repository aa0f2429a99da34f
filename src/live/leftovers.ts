import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CleanupReport } from './cleanup.js';
import { Ledger } from './ledger.js';
import { ledgerDir, openLiveTarget, type LiveTargetOptions } from './target.js';

/**
 * Deletes what earlier runs against the configured tenant created and could not clean up (a run
 * killed with SIGKILL, a tenant that refused a DELETE): every pending entry of every ledger of
 * that tenant under `.cache/ledger/`. Not for use while a run against the tenant is in progress.
 */
export async function cleanupLeftovers(options: LiveTargetOptions): Promise<CleanupReport & { ledgers: number }> {
  const cwd = options.cwd ?? process.cwd();
  const target = openLiveTarget(options);
  const dir = ledgerDir(cwd);
  const files = listFiles(dir).filter((f) => f.startsWith(`${target.config.tenantId}-`) && f.endsWith('.jsonl'));
  const total: CleanupReport & { ledgers: number } = { deleted: [], gone: [], failed: [], unlocated: [], ledgers: files.length };
  for (const file of files) {
    const report = await target.cleanup(new Ledger(join(dir, file)));
    total.deleted.push(...report.deleted);
    total.gone.push(...report.gone);
    total.failed.push(...report.failed);
    total.unlocated.push(...report.unlocated);
  }
  return total;
}

function listFiles(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
}
