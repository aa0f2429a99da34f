import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Parser, type ReadEntry } from 'tar';
import type { OnBuildProgress } from './progress.js';
import { DocsNotFoundError, DocsTooLargeError } from '../errors.js';
import { downloadDocs, isDocsUrl, shownUrl } from './download.js';
import { placeFiles, type DocVersion } from './layout.js';
import type { DocDiagnostic, DocFile } from './types.js';

/** How much a docs folder or archive may hold; past these the read stops or skips (see `readDocs`). */
export interface ReadLimits {
  /** Bytes all files of an archive expand to (every entry, markdown or not), or all markdown of a folder. @default 1 GiB */
  maxTotalBytes: number;
  /** Bytes of one markdown file; a larger one is skipped with a `doc-file-too-large` diagnostic. @default 4 MiB */
  maxFileBytes: number;
}

/** The largest reference page is about 120 KB and the whole repository a few hundred MB. */
export const DEFAULT_READ_LIMITS: ReadLimits = { maxTotalBytes: 1024 * 1024 * 1024, maxFileBytes: 4 * 1024 * 1024 };

/** Options of `readDocs`: limits, and where a download's progress lines and the read's progress go. */
export interface ReadOptions extends Partial<ReadLimits> {
  /** Progress of a download (`--docs https://…`). @default none */
  progress?: (line: string) => void;
  /** Files and bytes read so far (`read` events); `buildFromDocs` passes it on to the build's stages. @default none */
  onProgress?: OnBuildProgress;
}

/** The markdown files of a docs folder or `.tar.gz`, sorted by path. */
export interface DocSource {
  /** What the user named: a folder or tarball path. */
  location: string;
  files: DocFile[];
  /** The API versions the files belong to, sorted (empty when no path names one). */
  versions: DocVersion[];
  /** Files left out, each naming why (too large). */
  diagnostics: DocDiagnostic[];
}

/** A markdown file as found, before it is placed in the reference. */
interface RawFile {
  path: string;
  text?: string;
  /** Bytes, for a file left out for its size. */
  size: number;
}

/**
 * Reads every `.md` file under a folder, or inside a `.tar.gz`/`.tgz`/`.tar` (a path, or an https
 * URL that is downloaded first, see `downloadDocs`), into memory, and
 * places it (see `placeFiles`): the docs repository, one version folder, or any folder of pages.
 * A file over `maxFileBytes` is skipped with a diagnostic; more than `maxTotalBytes` in all is a
 * `DocsTooLargeError` (an archive is refused as soon as its entries' sizes pass the limit,
 * before they are expanded).
 */
export async function readDocs(location: string, options: ReadOptions = {}): Promise<DocSource> {
  const limit: ReadLimits = { maxTotalBytes: options.maxTotalBytes ?? DEFAULT_READ_LIMITS.maxTotalBytes, maxFileBytes: options.maxFileBytes ?? DEFAULT_READ_LIMITS.maxFileBytes };
  if (isDocsUrl(location)) {
    const downloaded = await downloadDocs(location, { maxBytes: limit.maxTotalBytes, ...(options.progress ? { progress: options.progress } : {}) });
    try {
      return sourceOf(shownUrl(location), await readTarball(downloaded.path, limit, shownUrl(location), options.onProgress), undefined, limit);
    } finally {
      await downloaded.dispose();
    }
  }
  const info = await stat(location).catch((err: unknown) => {
    throw new DocsNotFoundError(`docs not found: ${location}`, { cause: err });
  });
  const raw = info.isDirectory() ? await readFolder(location, limit, options.onProgress) : await readTarball(location, limit, location, options.onProgress);
  return sourceOf(location, raw, info.isDirectory() ? basename(location) : undefined, limit);
}

/** Places what was read, leaving out what is no part of the reference, and names files too large to read. */
function sourceOf(location: string, raw: RawFile[], rootName: string | undefined, limit: ReadLimits): DocSource {
  const placed = placeFiles(raw.map((f) => f.path), rootName);
  const files: DocFile[] = [];
  const diagnostics: DocDiagnostic[] = [];
  raw.forEach((f, i) => {
    const at = placed[i];
    if (!at) return;
    if (f.text === undefined) {
      diagnostics.push({ rule: 'doc-file-too-large', severity: 'error', message: `file is ${mb(f.size)}, over the ${mb(limit.maxFileBytes)} limit for one page (raise it with --max-page-mb); not read`, source: { file: at.file, line: 1 } });
      return;
    }
    files.push(at.version ? { file: at.file, text: f.text, version: at.version } : { file: at.file, text: f.text });
  });
  files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  if (files.length === 0 && diagnostics.length === 0) throw new DocsNotFoundError(`no markdown pages in ${location}`);
  const versions = [...new Set(files.flatMap((f) => (f.version ? [f.version] : [])))].sort();
  return { location, files, versions, diagnostics };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 0)} MB`;

/** Folders never walked: version control and package folders hold no pages and many files. */
const SKIPPED_DIRS = new Set(['node_modules']);

/** A file system error while reading the docs, as one line naming the path. */
function unreadable(path: string, err: unknown): DocsNotFoundError {
  return new DocsNotFoundError(`cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, { cause: err });
}

async function readFolder(dir: string, limit: ReadLimits, onProgress?: OnBuildProgress): Promise<RawFile[]> {
  const found: { path: string; full: string }[] = [];
  const walk = async (rel: string): Promise<void> => {
    const entries = await readdir(join(dir, rel), { withFileTypes: true }).catch((err: unknown) => {
      throw unreadable(join(dir, rel), err);
    });
    for (const e of entries) {
      const path = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory() && !e.name.startsWith('.') && !SKIPPED_DIRS.has(e.name)) await walk(path);
      else if (e.isFile() && e.name.toLowerCase().endsWith('.md')) found.push({ path, full: join(dir, path) });
    }
  };
  await walk('');
  let total = 0;
  const files: RawFile[] = [];
  for (const f of found) {
    const { size } = await stat(f.full).catch((err: unknown) => {
      throw unreadable(f.full, err);
    });
    if (size > limit.maxFileBytes) {
      files.push({ path: f.path, size });
      continue;
    }
    total += size;
    if (total > limit.maxTotalBytes) throw tooLarge(dir, limit);
    const text = await readFile(f.full, 'utf8').catch((err: unknown) => {
      throw unreadable(f.full, err);
    });
    files.push({ path: f.path, size, text });
    onProgress?.({ stage: 'read', files: files.length, bytes: total, totalFiles: found.length });
  }
  return files;
}

function tooLarge(location: string, limit: ReadLimits): DocsTooLargeError {
  return new DocsTooLargeError(`${location} holds more than ${mb(limit.maxTotalBytes)} (raise the limit with --max-docs-mb)`);
}

/** Tar entry types that hold a regular file's bytes. */
const FILE_TYPES = new Set(['File', 'OldFile', 'ContiguousFile']);

/** The markdown of a tarball; `shown` names it in messages (a download's URL instead of its temporary file). */
async function readTarball(path: string, limit: ReadLimits, shown = path, onProgress?: OnBuildProgress): Promise<RawFile[]> {
  if (!/\.(tar\.gz|tgz|tar)$/i.test(path)) throw new DocsNotFoundError(`docs must be a folder, a .tar.gz or an https URL of one: ${path}`);
  const files: RawFile[] = [];
  let total = 0;
  // Progress is the archive's bytes read of its size: its entries' sizes are known only as they come.
  const totalBytes = onProgress ? (await stat(path).catch(() => undefined))?.size : undefined;
  let archiveRead = 0;
  const report = () => onProgress?.({ stage: 'read', files: files.length, bytes: archiveRead, ...(totalBytes ? { totalBytes } : {}) });
  await new Promise<void>((resolve, reject) => {
    const input = createReadStream(path);
    if (onProgress) {
      input.on('data', (chunk) => {
        archiveRead += chunk.length;
        report();
      });
    }
    const fail = (err: Error) => {
      input.destroy();
      reject(err);
    };
    const parser = new Parser({
      onReadEntry: (entry: ReadEntry) => {
        // Sizes come from the entry headers, so an archive that expands past the limit is
        // refused before its contents are inflated.
        total += entry.size;
        if (total > limit.maxTotalBytes) return fail(tooLarge(shown, limit));
        const md = FILE_TYPES.has(entry.type) && entry.path.toLowerCase().endsWith('.md');
        if (!md || entry.size > limit.maxFileBytes) {
          if (md) files.push({ path: entry.path, size: entry.size });
          return void entry.resume();
        }
        const chunks: Buffer[] = [];
        entry.on('data', (c: Buffer) => chunks.push(c));
        entry.on('end', () => {
          files.push({ path: entry.path, size: entry.size, text: Buffer.concat(chunks).toString('utf8') });
          report();
        });
      },
    });
    parser.on('error', (err: unknown) => fail(new DocsNotFoundError(`cannot read tarball ${shown}: ${String(err)}`, { cause: err })));
    // node-tar reports a file that is not a tar archive (or a truncated one) as a warning and
    // reads on; here it would end as "no markdown pages", hiding the real problem.
    parser.on('warn', (code: string, message: unknown) => {
      if (code === 'TAR_BAD_ARCHIVE' || code === 'TAR_ABORT') fail(new DocsNotFoundError(`cannot read tarball ${shown}: ${message instanceof Error ? message.message : String(message)} (${code})`));
    });
    input.on('error', reject).pipe(parser).on('finish', resolve).on('end', resolve);
  });
  return files;
}

export { docsRelative } from './layout.js';
