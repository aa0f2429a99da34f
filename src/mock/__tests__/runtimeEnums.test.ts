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

// A type derived from `user` documents an enum of its own (`tier`, evolvable after
// `unknownFutureValue`) and one on a complex property (`badge.level`): Graph masks their evolvable
// members too, and the clean mock never answers a value its type does not list.
const TIERS = ['basic', 'unknownFutureValue', 'gold'];
const derivedSet = (entity: Record<string, unknown>): ContractSet => ({
  ...base,
  contracts: [contract('user-get', 'GET', '/users/{id}', 200, 'entity', entity)],
  schemas: {
    ...base.schemas,
    'guestUser.schema.json': {
      $id: 'guestUser.schema.json',
      allOf: [{ $ref: 'user.schema.json' }],
      type: 'object',
      properties: { tier: { type: 'string', enum: TIERS }, badge: { $ref: 'badge.schema.json' } },
    },
    'badge.schema.json': { $id: 'badge.schema.json', type: 'object', properties: { level: { type: 'string', enum: TIERS } } },
  },
});
const guest = (extra: Record<string, unknown>) => ({ '@odata.type': '#microsoft.graph.guestUser', id: 'g1', kind: 'member', ...extra });
const getFrom = (set: ContractSet, prefer?: string) =>
  JSON.parse(handle({ method: 'GET', url: `/v1.0/users/${SEED_ID}`, headers: { authorization: 'Bearer t', ...(prefer ? { prefer } : {}) } }, createMockState(set)).body) as Record<string, unknown>;

test("a derived type's own evolvable member is masked unless the client asks for it", () => {
  const set = derivedSet(guest({ tier: 'gold', badge: { level: 'gold' } }));
  expect(getFrom(set)).toMatchObject({ tier: 'unknownFutureValue', badge: { level: 'unknownFutureValue' } });
  expect(getFrom(set, 'include-unknown-enum-members')).toMatchObject({ tier: 'gold', badge: { level: 'gold' } });
});

test("a value a derived type's own enum does not list is answered as one of its members", () => {
  expect(getFrom(derivedSet(guest({ tier: 'tier-value', badge: { level: 'Basic' } })))).toMatchObject({ tier: 'basic', badge: { level: 'basic' } });
});

test("inside a derived entity the declared type's enum still counts where the derived type inherits it", () => {
  expect(getFrom(derivedSet(guest({ kind: 'partner', tier: 'basic' })))).toMatchObject({ kind: 'unknownFutureValue', tier: 'basic' });
});
