import { join } from 'node:path';
import { readContractSet } from '../contracts/artifacts/index.js';
import type { ContractSet } from '../contracts/types.js';
import type { ReadOptions } from '../docs/index.js';
import { buildFromDocs, type Build } from '../pipeline.js';

/**
 * The contracts of a run: built in memory from `docs` (a folder, `.tar.gz` or https URL of one;
 * `read` raises its size limits) when given, else
 * the committed `contracts/` and `schemas/` under `root`.
 */
export async function loadSet(root: string, docs?: string, read?: ReadOptions): Promise<ContractSet> {
  if (docs) return (await buildFromDocs(docs, undefined, read)).set;
  return readContractSet(join(root, 'contracts'), join(root, 'schemas'));
}

/**
 * The contracts of a run and, on demand, the docs model behind them (for doc-defect triage):
 * the build itself when the run built from `docs`, else the committed default docs
 * (`contracts/docs/`) rebuilt, a few pages that the committed artifacts come from
 * (`build --check` keeps the two equal).
 */
export async function loadRunSet(root: string, docs?: string, read?: ReadOptions): Promise<{ set: ContractSet; build: () => Promise<Build> }> {
  if (docs) {
    const built = await buildFromDocs(docs, undefined, read);
    return { set: built.set, build: async () => built };
  }
  let rebuilt: Promise<Build> | undefined;
  return { set: await loadSet(root), build: () => (rebuilt ??= buildFromDocs(join(root, 'contracts', 'docs'), 'default')) };
}
