import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { CorruptPartError, decodePart, writePart, type PartEncoding } from './codec.js';
import { fingerprintDocs } from './docsFingerprint.js';
import { pruneCache } from './prune.js';
import type { CacheSettings } from './settings.js';
import { toolFingerprint } from './toolFingerprint.js';

/** What, besides the docs and the tool, changes a build's output (the label stored in the set, read limits). */
export type BuildOptions = Record<string, string | number | boolean>;

const PART_NAME = /^[a-z0-9][a-z0-9-]*$/;

/**
 * The cache entry of one build: a folder `entries/<key>/` of part files, each written atomically
 * and checked on read (see `writePart`), so that concurrent writers never expose a half-written
 * part and a damaged one is reported and rebuilt. Parts are independent: a command reads only the
 * ones it needs, and a missing part is a miss of that part alone.
 */
export class CacheEntry {
  /** The entry's folder. */
  readonly folder: string;

  constructor(
    private readonly settings: CacheSettings,
    /** Hash of the docs' content, the tool and the build options. */
    readonly key: string,
    /** The docs' hash now: compared with the one in the key once a build has read them. */
    private readonly docsHash: () => string,
    private readonly docs: string,
  ) {
    this.folder = join(settings.dir, 'entries', key);
  }

  /** The file of a part. */
  file(part: string): string {
    if (!PART_NAME.test(part)) throw new Error(`cache part names are lower-case words joined by '-': ${part}`);
    return join(this.folder, `${part}.part`);
  }

  /** A part's value, or undefined when it is missing or cannot be trusted (then reported in one line and removed). */
  read(part: string): unknown {
    const file = this.file(part);
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') this.notice(`cannot read ${file} (${reason(err)}); building instead`);
      return undefined;
    }
    try {
      const value = decodePart(bytes, { key: this.key, part });
      this.touch();
      return value;
    } catch (err) {
      if (!(err instanceof CorruptPartError)) throw err;
      this.notice(`${file} is damaged (${err.reason}); rebuilding it`);
      rmSync(file, { force: true });
      return undefined;
    }
  }

  /** Stores a part (atomically, see `writePart`). A failure is reported, not thrown. */
  write(part: string, value: unknown, encoding: PartEncoding): void {
    const file = this.file(part);
    const created = !existsSync(this.folder);
    try {
      mkdirSync(this.folder, { recursive: true });
      writePart(file, { key: this.key, part }, value, encoding);
    } catch (err) {
      this.notice(`cannot write ${file} (${reason(err)}); the next start builds again`);
      return;
    }
    if (created) pruneCache(this.settings.dir, this.key);
  }

  /** Whether the docs still hash as when the entry was opened (false when a file changed while a build read them). */
  docsUnchanged(): boolean {
    try {
      return this.docsHash() === this.docs;
    } catch {
      return false;
    }
  }

  /** One line through the settings' log. */
  notice(message: string): void {
    this.settings.log?.(`build cache: ${message}`);
  }

  /** Marks the entry as used now, for pruning (least recently used go first). */
  private touch(): void {
    try {
      const now = new Date();
      utimesSync(this.folder, now, now);
    } catch {
      // Pruned meanwhile: the value read is still whole.
    }
  }
}

/**
 * The entry of the build of `docs` (a folder or archive) with `options`, or undefined when the
 * docs cannot be hashed (a missing path: the build that follows names it) or the cache folder is
 * unusable (reported in one line; the command builds as if `--no-cache` were given).
 */
export function openEntry(settings: CacheSettings, docs: string, options: BuildOptions): CacheEntry | undefined {
  const stamps = join(settings.dir, 'stamps');
  const docsHash = () => fingerprintDocs(docs, stamps);
  let hash: string;
  try {
    hash = docsHash();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') settings.log?.(`build cache: cannot hash ${docs} (${reason(err)}); building without the cache`);
    return undefined;
  }
  const key = entryKey({ tool: toolFingerprint(stamps), docs: hash, options });
  return new CacheEntry(settings, key, docsHash, hash);
}

/** The entry key: a hash of everything that decides a build's output. */
export function entryKey(of: { tool: string; docs: string; options: BuildOptions }): string {
  const options = Object.fromEntries(Object.entries(of.options).sort(([a], [b]) => (a < b ? -1 : 1)));
  return createHash('sha256').update(JSON.stringify({ tool: of.tool, docs: of.docs, options })).digest('hex').slice(0, 40);
}

/** `EACCES: permission denied` without the path and syscall Node appends (the notice names the file). */
function reason(err: unknown): string {
  return ((err as Error).message ?? String(err)).split(/, (open|mkdir|rename|scandir|stat|lstat) '/)[0]!;
}
