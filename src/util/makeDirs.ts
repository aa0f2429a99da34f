import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * `mkdir -p`, one level at a time. Node's own recursive mkdir never returns under a special file
 * system (`mkdirSync('/proc/x', { recursive: true })` spins on Linux with Node 20), so
 * each missing folder is made on its own and the first failure is thrown as it is. Returns the
 * folders it made, outermost first.
 */
export function makeDirs(dir: string): string[] {
  const missing: string[] = [];
  for (let at = resolve(dir); ; at = dirname(at)) {
    if (exists(at)) break;
    missing.unshift(at);
    if (dirname(at) === at) break;
  }
  for (const d of missing) mkdirSync(d);
  return missing;
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw err;
  }
}
