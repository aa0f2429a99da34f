import { fileURLToPath } from 'node:url';
import { readContractSet } from '../src/contracts/artifacts/index.js';
import type { ContractSet } from '../src/contracts/types.js';

const root = fileURLToPath(new URL('../', import.meta.url));

/** The seed contracts the benchmarks serve: the committed contracts/ and schemas/. */
export function loadSeedSet(): Promise<ContractSet> {
  return readContractSet(`${root}contracts`, `${root}schemas`);
}
