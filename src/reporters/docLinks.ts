import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DocLinks } from '../results/types.js';

export type { DocLinks };

/** Published reference pages; `view` selects the API version. */
const LEARN_BASE = 'https://learn.microsoft.com/en-us/graph/api/';
const LEARN_VIEW = { beta: 'graph-rest-beta', 'v1.0': 'graph-rest-1.0' } as const;

/** The link of a doc file and line, or undefined when the run has no place to link it to. */
export function docHref(links: DocLinks | undefined, file: string, line: number): string | undefined {
  const href = fileHref(links, file);
  return href && links?.kind === 'url' ? `${href}#L${line}` : href;
}

/** The link of a doc file (no line), or undefined. A line anchor (`#L12`) applies to `url` links only (see `docHref`). */
export function fileHref(links: DocLinks | undefined, file: string): string | undefined {
  if (!links) return undefined;
  if (links.kind === 'url') return `${links.base}${file}`;
  if (links.kind === 'folder') return pathToFileURL(join(links.path, file)).href;
  return learnUrl(file, links.version);
}

/**
 * `api/user-get.md` → `…/graph/api/user-get?view=graph-rest-1.0`, `resources/user.md` →
 * `…/graph/api/resources/user?view=…`; a file under a version folder (`v1.0/api/…`) takes that
 * version. Include files have no published page of their own: undefined.
 */
export function learnUrl(file: string, version: 'beta' | 'v1.0' = 'beta'): string | undefined {
  const parts = file.split('/');
  const own = parts[0] === 'beta' || parts[0] === 'v1.0' ? (parts.shift() as 'beta' | 'v1.0') : version;
  const [folder, name] = parts;
  if (parts.length !== 2 || !name?.endsWith('.md') || (folder !== 'api' && folder !== 'resources')) return undefined;
  const page = name.slice(0, -'.md'.length);
  return `${LEARN_BASE}${folder === 'resources' ? 'resources/' : ''}${page}?view=${LEARN_VIEW[own]}`;
}

/**
 * The links of a run's docs: `docsUrl` when given (`--docs-url`), else the published pages when
 * the docs came in the docs repository layout (`versions`: the version folders they named), else
 * the docs folder's files when `folder` is a folder on this machine; undefined otherwise.
 */
export function docLinksFor(options: { docsUrl?: string | undefined; versions?: readonly ('beta' | 'v1.0')[] | undefined; folder?: string | undefined }): DocLinks | undefined {
  if (options.docsUrl) return { kind: 'url', base: options.docsUrl };
  // Docs of both versions name each file's version in its path (`v1.0/api/…`); one version says it here.
  if (options.versions?.length === 1) return { kind: 'learn', version: options.versions[0]! };
  if (options.versions && options.versions.length > 1) return { kind: 'learn' };
  if (options.folder && isFolder(options.folder)) return { kind: 'folder', path: resolve(options.folder) };
  return undefined;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
