import type { ContractSet } from '../contracts/types.js';
import { createSchemaValidator } from '../schemas/index.js';
import { exampleItems } from './body.js';
import { primeExamples } from './crud.js';

/**
 * What the mock computes from a contract set before it can answer: each contract's example
 * items, completed and repaired against its schema. Building them compiles most schemas, which is
 * most of a start's time on the whole reference; as plain data (one list per contract, in set
 * order) a build cache keeps them beside the set, and a warm start compiles no schema.
 */
export interface MockPrepared {
  examples: unknown[][];
}

/** Computes what `createMockState` would compute on its own (see `MockPrepared`). */
export function prepareMock(set: ContractSet): MockPrepared {
  const deps = { schemas: set.schemas, validator: createSchemaValidator(set.schemas) };
  return { examples: set.contracts.map((contract) => exampleItems(contract, deps)) };
}

/** Hands prepared values to the mock of `set`; values prepared for a set of another length are ignored. */
export function primeMock(set: ContractSet, prepared: MockPrepared): void {
  if (prepared.examples.length !== set.contracts.length) return;
  set.contracts.forEach((contract, i) => primeExamples(contract, prepared.examples[i]!));
}
