import { expect, test } from 'vitest';
import type { ContractSet } from '../../contracts/types.js';
import { SEED_ID, createMockState, handle } from '../index.js';
import { contract, usersSet } from './__fixtures__/usersSet.js';

// An entity naming a type other than the declared one is that type's, for the enum values the
// mock seeds, reconciles between pages and repairs as for the checks: `contact.kind` is free text.
const base = usersSet();
const contactSchema = {
  $id: 'contact.schema.json',
  type: 'object',
  properties: { id: { type: 'string' }, kind: { type: 'string' } },
};
const contact = { '@odata.type': '#microsoft.graph.contact', id: 'c1', kind: 'free text' };
const set: ContractSet = {
  ...base,
  contracts: [contract('user-get', 'GET', '/users/{id}', 200, 'entity', contact), contract('user-get~2', 'GET', '/users/{id}', 200, 'entity', { id: 'u1', kind: 'guest' })],
  schemas: { ...base.schemas, 'contact.schema.json': contactSchema },
};
const get = () => JSON.parse(handle({ method: 'GET', url: `/v1.0/users/${SEED_ID}`, headers: { authorization: 'Bearer t' } }, createMockState(set)).body) as Record<string, unknown>;

test("a value the entity's own type leaves free is kept, though the declared type lists members there", () => {
  expect(get()).toMatchObject({ '@odata.type': '#microsoft.graph.contact', kind: 'free text' });
});
