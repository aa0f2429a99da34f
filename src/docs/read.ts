import { createReadStream, type Dirent } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { Parser, type ReadEntry } from 'tar';
import { DocsNotFoundError } from '../errors.js';
import type { DocFile } from './types.js';

/** The markdown files of a docs folder or `.tar.gz`, sorted by path. */
export interface DocSource {
  /** What the user named: a folder or tarball path. */
  location: string;
  files: DocFile[];
}

/**
 * Reads every `.md` file under a folder, or inside a `.tar.gz`/`.tgz`, into memory. Paths are
 * made relative to the docs root: the folder that holds `api/` and `resources/`.
 */
export async function readDocs(location: string): Promise<DocSource> {
  const info = await stat(location).catch((err: unknown) => {
    throw new DocsNotFoundError(`docs not found: ${location}`, { cause: err });
  });
  const raw = info.isDirectory() ? await readFolder(location) : await readTarball(location);
  const files = raw.map((f) => ({ file: docsRelative(f.file), text: f.text })).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  if (files.length === 0) throw new DocsNotFoundError(`no markdown pages in ${location}`);
  return { location, files };
}

async function readFolder(dir: string): Promise<DocFile[]> {
  const entries: Dirent[] = await readdir(dir, { recursive: true, withFileTypes: true });
  const paths = entries.filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.md')).map((e) => join(e.parentPath, e.name));
  return Promise.all(paths.map(async (p) => ({ file: relative(dir, p).split(sep).join('/'), text: await readFile(p, 'utf8') })));
}

async function readTarball(path: string): Promise<DocFile[]> {
  if (!/\.(tar\.gz|tgz|tar)$/i.test(path)) throw new DocsNotFoundError(`docs must be a folder or a .tar.gz: ${path}`);
  const files: DocFile[] = [];
  await new Promise<void>((resolve, reject) => {
    const parser = new Parser({
      filter: (p: string) => p.toLowerCase().endsWith('.md'),
      onReadEntry: (entry: ReadEntry) => {
        const chunks: Buffer[] = [];
        entry.on('data', (c: Buffer) => chunks.push(c));
        entry.on('end', () => files.push({ file: entry.path, text: Buffer.concat(chunks).toString('utf8') }));
      },
    });
    parser.on('error', (err: unknown) => reject(new DocsNotFoundError(`cannot read tarball ${path}: ${String(err)}`, { cause: err })));
    // node-tar reports a file that is not a tar archive (or a truncated one) as a warning and
    // reads on; here it would end as "no markdown pages", hiding the real problem.
    parser.on('warn', (code: string, message: unknown) => {
      if (code === 'TAR_BAD_ARCHIVE' || code === 'TAR_ABORT') reject(new DocsNotFoundError(`cannot read tarball ${path}: ${message instanceof Error ? message.message : String(message)} (${code})`));
    });
    createReadStream(path).on('error', reject).pipe(parser).on('finish', resolve).on('end', resolve);
  });
  return files;
}

/** `microsoft-graph-docs/api-reference/beta/api/user-get.md` → `api/user-get.md`. */
export function docsRelative(file: string): string {
  const parts = file.replace(/^\.\//, '').split('/');
  const at = parts.findIndex((p) => p === 'api' || p === 'resources');
  return at > 0 ? parts.slice(at).join('/') : parts.join('/');
}
