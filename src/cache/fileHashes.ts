import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, readSync, statSync, type BigIntStats } from 'node:fs';
import { dirname, join } from 'node:path';
import { decodePart, writePart, type PartLabel } from './codec.js';

/**
 * A file's content hash and the file-system facts it was taken under. Equal size, mtime, ctime and
 * inode mean the content was not rewritten (ctime moves on any change, even one that restores
 * the mtime; a rename-over, as `git checkout` does, changes the inode).
 */
type Stamp = [size: string, mtimeNs: string, ctimeNs: string, ino: string, sha256: string];

/**
 * How long after its last change a file's stamp is trusted. A file changed again within the same
 * timestamp tick keeps its mtime, so a hash taken less than this after the change might be of
 * content that is already gone; such a file is hashed afresh every time until it settles (git
 * calls these entries "racily clean"). 2 s covers the coarsest timestamps in use (FAT).
 */
const SETTLE_NS = 2_000_000_000n;

const CHUNK = 1024 * 1024;

/** Options of `hashFiles`. */
export interface HashFilesOptions {
  /** Where the stamps of earlier runs are kept. @default none: every file is read */
  stampsFile?: string;
  /** Wall-clock time in nanoseconds (tests move it on). @default Date.now() */
  now?: () => bigint;
}

/**
 * Content hashes (sha256, hex) of `files` (paths relative to `root`), and how many files were
 * read. With `stampsFile`, the hash recorded there for a file whose stamp is unchanged is reused
 * instead of reading the file, and the file is updated: a folder of 8,000 pages costs a `stat`
 * per page instead of reading 34 MB (`npm run bench:cache`).
 */
export function hashFiles(root: string, files: readonly string[], options: HashFilesOptions = {}): { hashes: Map<string, string>; read: number } {
  const { stampsFile, now = () => BigInt(Date.now()) * 1_000_000n } = options;
  const label: PartLabel = { key: createHash('sha256').update(root).digest('hex').slice(0, 40), part: 'stamps' };
  const known = stampsFile ? readStamps(stampsFile, label) : {};
  const next: Record<string, Stamp> = {};
  const hashes = new Map<string, string>();
  let changed = false;
  let read = 0;
  for (const file of files) {
    const path = join(root, file);
    const stat = statSync(path, { bigint: true });
    const facts = [String(stat.size), String(stat.mtimeNs), String(stat.ctimeNs), String(stat.ino)];
    const old = known[file];
    if (old && facts.every((f, i) => f === old[i])) {
      hashes.set(file, old[4]);
      next[file] = old;
      continue;
    }
    const hashedAt = now();
    const sha = hashFile(path);
    read++;
    hashes.set(file, sha);
    if (settled(stat, hashedAt)) next[file] = [facts[0]!, facts[1]!, facts[2]!, facts[3]!, sha];
    changed = true;
  }
  if (stampsFile && (changed || Object.keys(known).length !== Object.keys(next).length)) writeStamps(stampsFile, label, next);
  return { hashes, read };
}

function settled(stat: BigIntStats, hashedAt: bigint): boolean {
  return stat.mtimeNs + SETTLE_NS < hashedAt && stat.ctimeNs + SETTLE_NS < hashedAt;
}

/** sha256 of a file, read in chunks so that a large archive never sits in memory whole. */
export function hashFile(path: string): string {
  const hash = createHash('sha256');
  const buffer = Buffer.allocUnsafe(CHUNK);
  const fd = openSync(path, 'r');
  try {
    for (let n = readSync(fd, buffer, 0, CHUNK, null); n > 0; n = readSync(fd, buffer, 0, CHUNK, null)) hash.update(buffer.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

/** The stamps of an earlier run; none when the file is missing or not intact (it is only a shortcut). */
function readStamps(file: string, label: PartLabel): Record<string, Stamp> {
  try {
    return decodePart(readFileSync(file), label) as Record<string, Stamp>;
  } catch {
    return {};
  }
}

/** Best effort: a stamps file that cannot be written only means hashing again next time. */
function writeStamps(file: string, label: PartLabel, stamps: Record<string, Stamp>): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    writePart(file, label, stamps, 'json');
  } catch {
    // The stamps are a shortcut only; the hashes returned are right either way.
  }
}
