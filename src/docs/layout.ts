/**
 * Where each file of a docs tree sits in the Graph reference. The docs come as the docs
 * repository (`api-reference/beta/…` and `api-reference/v1.0/…`, each with `api/`, `resources/`
 * and `includes/`), one version folder, any folder of pages (flat or nested), or a tarball of any
 * of these; the file names a page gets (its `SourceRef.file`) and its API version follow from the
 * paths alone, never from the names of single files.
 */

/** The versions of the Graph reference, as their folders and URLs spell them. */
export const DOC_VERSIONS = ['beta', 'v1.0'] as const;

/** An API version of the reference. */
export type DocVersion = (typeof DOC_VERSIONS)[number];

/** A file's place in the docs. */
export interface Placement {
  /**
   * Posix path shown in diagnostics and contracts: relative to its version folder
   * (`api/user-get.md`) when the docs hold one version, `v1.0/api/user-get.md` when they hold
   * both, else relative to the folder that holds `api/`, `resources/` and `includes/`.
   */
  file: string;
  version?: DocVersion;
}

/** Folders of a version root (and of any docs root). */
const PART_FOLDERS = new Set(['api', 'resources', 'includes']);

/**
 * Include folders that are never read: SDK code samples (`includes/snippets/<lang>/*.md`, one per
 * language and example) carry no API meaning and are most of the files of the repository.
 */
const SKIPPED_INCLUDE_FOLDERS = new Set(['snippets']);

function versionOf(segment: string | undefined): DocVersion | undefined {
  const lower = segment?.toLowerCase();
  return DOC_VERSIONS.find((v) => v === lower);
}

/** Index of the version folder in a path (`api-reference/<v>/` or `<v>/api|resources|includes/`), else -1. */
function versionAt(segments: string[]): number {
  return segments.findIndex((s, i) => versionOf(s) !== undefined && (segments[i - 1]?.toLowerCase() === 'api-reference' || PART_FOLDERS.has(segments[i + 1]?.toLowerCase() ?? '')));
}

/** True for files under a skipped include folder (`includes/snippets/…`). */
function skipped(rest: string[]): boolean {
  return rest[0]?.toLowerCase() === 'includes' && SKIPPED_INCLUDE_FOLDERS.has(rest[1]?.toLowerCase() ?? '');
}

/**
 * Places each path (posix, relative to what the user named). `rootName` is the name of the folder
 * the user named, so that `--docs api-reference/v1.0` is known as v1.0. When any file sits in a
 * version folder, files outside every version folder (the repository's conceptual pages, its
 * top-level notices) are not part of the reference: their placement is undefined, as is that of
 * skipped includes (SDK snippets).
 */
export function placeFiles(paths: readonly string[], rootName?: string): (Placement | undefined)[] {
  const split = paths.map((p) => {
    const segments = p.replace(/^(\.\/)+/, '').split('/').filter((s) => s !== '' && s !== '.');
    return rootName ? [rootName, ...segments] : segments;
  });
  const at = split.map(versionAt);
  const versions = new Set(split.flatMap((s, i) => (at[i]! >= 0 ? [versionOf(s[at[i]!])!] : [])));
  const own = (segments: string[]) => (rootName ? segments.slice(1) : segments);
  // Per file, from its first part folder on; unless that makes two files one (`a/api/x.md`, `b/api/x.md`).
  const stripped = split.map((s) => partRelative(own(s)).join('/'));
  const strip = new Set(stripped).size === stripped.length;
  return split.map((segments, i): Placement | undefined => {
    const v = at[i]!;
    if (v < 0) {
      if (versions.size > 0 || skipped(partRelative(own(segments)))) return undefined;
      return { file: strip ? stripped[i]! : own(segments).join('/') };
    }
    const version = versionOf(segments[v])!;
    const rest = segments.slice(v + 1);
    if (skipped(rest)) return undefined;
    return { file: (versions.size > 1 ? [version, ...rest] : rest).join('/'), version };
  });
}

/** `microsoft-graph-docs/api-reference/beta/api/user-get.md` → `api/user-get.md`: from the first part folder on. */
function partRelative(segments: string[]): string[] {
  const at = segments.findIndex((s) => PART_FOLDERS.has(s.toLowerCase()));
  return at > 0 ? segments.slice(at) : segments;
}

/** `microsoft-graph-docs/api-reference/beta/api/user-get.md` → `api/user-get.md` (one path, no version context). */
export function docsRelative(file: string): string {
  return placeFiles([file])[0]?.file ?? file;
}
