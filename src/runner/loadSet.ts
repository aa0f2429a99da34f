import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CacheSettings } from '../cache/index.js';
import { readContractSet } from '../contracts/artifacts/index.js';
import type { ContractSet } from '../contracts/types.js';
import type { ReadOptions } from '../docs/index.js';
import { prepareMock, primeMock } from '../mock/index.js';
import { buildFromDocs, loadBuild, type Build } from '../pipeline.js';

export { packageRoot } from './setSource.js';

/** How a command loads its set from `--docs`. */
export interface LoadSetOptions {
  /** The build cache. @default none: the docs are built */
  cache?: CacheSettings;
  /** Size limits and download progress of the docs. @default the limits of `DEFAULT_READ_LIMITS` */
  read?: ReadOptions;
  /** The embedded mock will serve the set: prepare what it computes to start (kept in the cache too). @default false */
  mock?: boolean;
  /** Only the set is needed: the docs' pages and model are not held in memory (see `LoadBuildOptions.setOnly`). @default false */
  setOnly?: boolean;
}

/**
 * The contracts of a run: built in memory from `docs` (a folder, `.tar.gz` or https URL of one,
 * through the build cache when given) when given, else the committed `contracts/` and `schemas/`
 * under `root`.
 */
export async function loadSet(root: string, docs?: string, options: LoadSetOptions = {}): Promise<ContractSet> {
  return (await loadRunSet(root, docs, options)).set;
}

/**
 * The contracts of a run and, on demand, the docs model behind them (for doc-defect triage):
 * the build of `docs` when given, else the default docs beside the artifacts (`contracts/docs/`)
 * rebuilt, a few pages that the committed artifacts come from (`build --check` keeps the two
 * equal); `build` is undefined for artifacts with no docs beside them (a project's own build).
 */
export async function loadRunSet(root: string, docs?: string, options: LoadSetOptions = {}): Promise<{ set: ContractSet; build: (() => Promise<Build>) | undefined }> {
  if (docs) {
    const loaded = await loadBuild(docs, { ...(options.cache ? { cache: options.cache } : {}), ...(options.read ? { read: options.read } : {}), ...(options.setOnly ? { setOnly: true } : {}) });
    if (options.mock) primeMock(loaded.set, await loaded.derived('mock', () => prepareMock(loaded.set)));
    return { set: loaded.set, build: loaded.build };
  }
  let rebuilt: Promise<Build> | undefined;
  const set = await readContractSet(join(root, 'contracts'), join(root, 'schemas'));
  const beside = join(root, 'contracts', 'docs');
  return { set, build: existsSync(beside) ? () => (rebuilt ??= buildFromDocs(beside, 'default')) : undefined };
}
