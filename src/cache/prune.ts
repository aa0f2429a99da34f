import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What the cache folder may hold: the most recently used entries up to this size are kept. */
export const MAX_CACHE_BYTES = 1024 * 1024 * 1024;

/** A temporary file older than this was left by a writer that died; stamps unused this long are dropped. */
const ORPHAN_MS = 60 * 60 * 1000;
const STALE_STAMPS_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Keeps the cache bounded: entries are kept newest-used first (a read touches its entry) while
 * they fit in `maxBytes`; the entry just written is always kept. Best effort: a file another
 * process holds or removes first is skipped, and a reader whose entry goes finds a miss.
 */
export function pruneCache(dir: string, keep: string, maxBytes = MAX_CACHE_BYTES, now = Date.now()): void {
  const entriesDir = join(dir, 'entries');
  const entries = list(entriesDir).flatMap((key) => {
    const folder = join(entriesDir, key);
    try {
      let bytes = 0;
      for (const file of readdirSync(folder)) {
        const stat = statSync(join(folder, file));
        if (!file.endsWith('.part') && now - stat.mtimeMs > ORPHAN_MS) remove(join(folder, file));
        else bytes += stat.size;
      }
      return [{ key, folder, bytes, used: statSync(folder).mtimeMs }];
    } catch {
      return [];
    }
  });
  entries.sort((a, b) => (a.key === keep ? -1 : b.key === keep ? 1 : b.used - a.used));
  let total = 0;
  for (const entry of entries) {
    total += entry.bytes;
    if (entry.key !== keep && total > maxBytes) remove(entry.folder);
  }
  const stampsDir = join(dir, 'stamps');
  for (const file of list(stampsDir)) {
    try {
      if (now - statSync(join(stampsDir, file)).mtimeMs > STALE_STAMPS_MS) remove(join(stampsDir, file));
    } catch {
      // Gone already.
    }
  }
}

function list(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function remove(path: string): void {
  try {
    rmSync(path, { recursive: true, force: true });
  } catch {
    // Held open elsewhere (Windows) or removed by another process: the next prune tries again.
  }
}
