import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { hashFiles } from './fileHashes.js';

/**
 * The content hash of what a build reads from a docs location: every `.md` file at any depth of
 * a folder (path and bytes; include files are `.md` files of the same folder), or the bytes of an
 * archive. A folder's walk may take in more than the reader does, never less (a test holds the
 * two together): an extra file can only cost a rebuild, a missing one would serve a stale build.
 * `stampsDir` keeps file stamps between runs so that unchanged files are not read again.
 */
export function fingerprintDocs(location: string, stampsDir?: string): string {
  const root = resolve(location);
  const isFolder = statSync(root).isDirectory();
  const base = isFolder ? root : dirname(root);
  const files = isFolder ? markdownBelow(root) : [basename(root)];
  const stamps = stampsDir ? join(stampsDir, createHash('sha256').update(root).digest('hex').slice(0, 40)) : undefined;
  const { hashes } = hashFiles(base, files, stamps ? { stampsFile: stamps } : {});
  const hash = createHash('sha256').update(isFolder ? 'folder\n' : 'archive\n');
  for (const file of files) hash.update(`${isFolder ? file : ''}\t${hashes.get(file)}\n`);
  return hash.digest('hex');
}

/** Posix paths (relative to `root`) of every `.md` file below it, sorted. */
function markdownBelow(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.md'))
    .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}
