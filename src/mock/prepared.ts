import type { ContractSet } from '../contracts/types.js';
import { createSchemaValidator } from '../schemas/index.js';
import { exampleItems } from './body.js';
import { primeExamples } from './examples.js';
import { Router } from './route.js';
import { seedStore } from './seed.js';
import { primeSeeds } from './state.js';
import { MockStore, type StoreSnapshot } from './store.js';
import { versionParts } from './versions.js';

/**
 * What the mock computes from a contract set before it can answer: each contract's example
 * items, completed and repaired against its schema, and the store seeded from them (seeding
 * checks merged properties against their schemas). Both compile most schemas, which is most of a
 * start's time on the whole reference; as plain data (Maps included) a build cache keeps them
 * beside the set, and a warm start compiles no schema.
 */
export interface MockPrepared {
  /** One list per contract, in set order. */
  examples: unknown[][];
  /** The seeded store of each version's part (see `versionParts`), or of the whole set of one version. */
  seeds: StoreSnapshot[];
}

/** Computes what `createMockState` would compute on its own (see `MockPrepared`). */
export function prepareMock(set: ContractSet): MockPrepared {
  const deps = { schemas: set.schemas, validator: createSchemaValidator(set.schemas) };
  const examples = set.contracts.map((contract) => exampleItems(contract, deps));
  set.contracts.forEach((contract, i) => primeExamples(contract, examples[i]!));
  const seeds = partsOf(set).map((part) => {
    const store = new MockStore();
    seedStore(store, part.contracts, new Router(part.contracts), deps);
    return store.snapshot();
  });
  return { examples, seeds };
}

/** The sets a mock of `set` seeds a store for: one per API version (see `versionParts`), else the set. */
function partsOf(set: ContractSet): ContractSet[] {
  return [...(versionParts(set)?.values() ?? [set])];
}

/**
 * Hands prepared values to the mock of `set`: its examples, and the seeded store its first
 * seeding adopts. Values prepared for a set of another length are ignored.
 */
export function primeMock(set: ContractSet, prepared: MockPrepared): void {
  if (prepared.examples.length !== set.contracts.length) return;
  set.contracts.forEach((contract, i) => primeExamples(contract, prepared.examples[i]!));
  const parts = partsOf(set);
  if (prepared.seeds.length === parts.length) parts.forEach((part, i) => primeSeeds(part, prepared.seeds[i]!));
}
