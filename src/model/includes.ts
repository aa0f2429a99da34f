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
  /** By path and by lower-cased path; made on the first lookup (most docs sets never need one). */
  private maps?: { byPath: Map<string, DocPage>; byLower: Map<string, DocPage> };

  constructor(private readonly pages: readonly DocPage[]) {}

  resolve(from: DocPage, include: Include): ResolvedInclude {
    const target = include.target.replace(QUERY_OR_FRAGMENT, '');
    const path = posix.normalize(posix.join(posix.dirname(from.file), target));
    const outside = path === '..' || path.startsWith('../') || target.startsWith('/');
    const { byPath, byLower } = (this.maps ??= this.index());
    const page = outside ? undefined : (byPath.get(path) ?? byLower.get(path.toLowerCase()));
    return page ? { path, outside, page } : { path, outside };
  }

  private index(): { byPath: Map<string, DocPage>; byLower: Map<string, DocPage> } {
    const byPath = new Map<string, DocPage>();
    const byLower = new Map<string, DocPage>();
    for (const p of this.pages) {
      byPath.set(p.file, p);
      if (!byLower.has(p.file.toLowerCase())) byLower.set(p.file.toLowerCase(), p);
    }
    return { byPath, byLower };
  }
}
