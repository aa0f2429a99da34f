import { join } from 'node:path';
import { readContractSet } from '../contracts/artifacts/index.js';
import type { ContractSet } from '../contracts/types.js';
import { buildFromDocs } from '../pipeline.js';

/**
 * The contracts of a run: built in memory from `docs` (a folder or `.tar.gz`) when given, else
 * the committed `contracts/` and `schemas/` under `root`.
 */
export async function loadSet(root: string, docs?: string): Promise<ContractSet> {
  if (docs) return (await buildFromDocs(docs)).set;
  return readContractSet(join(root, 'contracts'), join(root, 'schemas'));
}
