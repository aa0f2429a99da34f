import { posix } from 'node:path';
import type { DocPage, Include } from '../docs/types.js';

const QUERY_OR_FRAGMENT = /[?#].*$/;

/** Where an include points: the file it names in the docs, and that file's page when present. */
export interface ResolvedInclude {
  /** Docs path the target names, relative to the docs root (`includes/permissions/user-delete-permissions.md`). */
  path: string;
  /** The target lies above the docs root (`../../includes/all-clouds.md` from a version folder). */
  outside: boolean;
  page?: DocPage;
}

/**
 * Resolves `[!INCLUDE [name](path)]` targets relative to the including page, as the docs build
 * does, over the files the docs hold (include files are pages too, of kind `include`). A path
 * that differs only in letter case is found too: the docs are written on case-insensitive disks.
 */
export class IncludeResolver {
  private readonly byPath = new Map<string, DocPage>();
  private readonly byLower = new Map<string, DocPage>();

  constructor(pages: readonly DocPage[]) {
    for (const p of pages) {
      this.byPath.set(p.file, p);
      if (!this.byLower.has(p.file.toLowerCase())) this.byLower.set(p.file.toLowerCase(), p);
    }
  }

  resolve(from: DocPage, include: Include): ResolvedInclude {
    const target = include.target.replace(QUERY_OR_FRAGMENT, '');
    const path = posix.normalize(posix.join(posix.dirname(from.file), target));
    const outside = path === '..' || path.startsWith('../') || target.startsWith('/');
    const page = outside ? undefined : (this.byPath.get(path) ?? this.byLower.get(path.toLowerCase()));
    return page ? { path, outside, page } : { path, outside };
  }
}
