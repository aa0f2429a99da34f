import { fileURLToPath } from 'node:url';
import { readContractSet } from '../../../contracts/artifacts/index.js';
import type { ContractSet } from '../../../contracts/types.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

/** The committed seed contracts and schemas (contracts/, schemas/ at the repository root). */
export function seedArtifacts(): Promise<ContractSet> {
  return readContractSet(`${root}contracts`, `${root}schemas`);
}
