import type { ContractSet } from '../src/contracts/types.js';
import { seedSet } from '../src/mock/__tests__/__fixtures__/seedSet.js';

/** The seed contracts the benchmarks serve. */
export async function loadSeedSet(): Promise<ContractSet> {
  return seedSet();
}
