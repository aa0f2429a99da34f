import type { ContractSet } from '../contracts/types.js';
import { versionFolderOf } from '../contracts/versionFolder.js';

const split = new WeakMap<ContractSet, ReadonlyMap<string, ContractSet> | null>();

/**
 * The parts of a set built from docs of both API versions (contract ids `v1.0/user-get`, see
 * `inVersionFolder`), by version; undefined for a set of one version (whose contracts answer
 * `/beta` and `/v1.0` alike). Each version's mock answers from its own part only, with its own
 * store, as Graph keeps the two apart. A part is the same object on every call, so values
 * prepared for it (seeds, see `primeMock`) find it again.
 */
export function versionParts(set: ContractSet): ReadonlyMap<string, ContractSet> | undefined {
  let parts = split.get(set);
  if (parts === undefined) {
    const byFolder = new Map<string, ContractSet>();
    for (const c of set.contracts) {
      const version = versionFolderOf(c.id).slice(0, -1);
      let part = byFolder.get(version);
      if (!part) byFolder.set(version, (part = { ...set, contracts: [] }));
      part.contracts.push(c);
    }
    parts = byFolder.size > 1 && !byFolder.has('') ? byFolder : null;
    split.set(set, parts);
  }
  return parts ?? undefined;
}
