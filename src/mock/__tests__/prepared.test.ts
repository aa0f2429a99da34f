import { deserialize, serialize } from 'node:v8';
import { describe, expect, test } from 'vitest';
import type { ContractSet } from '../../contracts/types.js';
import { createSchemaValidator } from '../../schemas/index.js';
import type { SchemaValidator } from '../../schemas/types.js';
import { createMockState, handle, prepareMock, primeMock, requestFor } from '../index.js';
import { seedArtifacts } from './__helpers__/seeds.js';

/** A validator that counts its validations (each one may compile schemas). */
function counting(set: ContractSet): SchemaValidator & { calls: number } {
  const inner = createSchemaValidator(set.schemas);
  const counted = { calls: 0, has: inner.has, validate: (...args: Parameters<SchemaValidator['validate']>) => (counted.calls++, inner.validate(...args)) };
  return counted;
}
const copy = <T>(value: T): T => deserialize(serialize(value)) as T;
const fixed = { newId: () => '00000000-0000-0000-0000-000000000001', now: () => new Date('2024-01-01T00:00:00Z') };

describe('prepared mock values', () => {
  test('a mock primed with values prepared in another process answers every documented request as an unprimed one', async () => {
    const set = await seedArtifacts();
    const prepared = copy(prepareMock(copy(set)));
    const primedSet = copy(set);
    primeMock(primedSet, prepared);
    const plain = createMockState(copy(set), fixed);
    const primed = createMockState(primedSet, fixed);
    for (const contract of set.contracts) {
      const request = requestFor(contract);
      expect(handle(request, primed), contract.id).toEqual(handle(request, plain));
    }
  });

  test('a primed mock validates nothing to start (it compiles no schema)', async () => {
    const set = await seedArtifacts();
    const unprimed = counting(set);
    createMockState(copy(set), { validator: unprimed });
    expect(unprimed.calls).toBeGreaterThan(0);
    const primedSet = copy(set);
    primeMock(primedSet, copy(prepareMock(copy(set))));
    const validator = counting(primedSet);
    createMockState(primedSet, { validator });
    expect(validator.calls).toBe(0);
  });

  test('values prepared for another set are ignored', async () => {
    const set = await seedArtifacts();
    const other = { ...copy(set), contracts: set.contracts.slice(1) };
    const primedSet = copy(set);
    primeMock(primedSet, prepareMock(other));
    const validator = counting(primedSet);
    createMockState(primedSet, { validator });
    expect(validator.calls).toBeGreaterThan(0);
  });

  test("a set of both API versions: each version's store is prepared apart, and a primed mock answers as an unprimed one", async () => {
    const { buildFromDocs } = await import('../../pipeline.js');
    const set = (await buildFromDocs(new URL('../../__tests__/__fixtures__/graph-docs-repo', import.meta.url).pathname)).set;
    const prepared = copy(prepareMock(copy(set)));
    expect(prepared.seeds).toHaveLength(2);
    const primedSet = copy(set);
    primeMock(primedSet, prepared);
    const validator = counting(primedSet);
    const primed = createMockState(primedSet, { ...fixed, validator });
    expect(validator.calls).toBe(0);
    expect([...primed.versions!.keys()]).toEqual(['beta', 'v1.0']);
    const plain = createMockState(copy(set), fixed);
    for (const contract of set.contracts) {
      const request = requestFor(contract);
      expect(handle(request, primed), contract.id).toEqual(handle(request, plain));
    }
  });
});
