import { describe, expect, test } from 'vitest';
import { selectChecks } from '../../contracts/checks/index.js';
import { checkContext } from '../../contracts/context.js';
import { peerIndex } from '../../contracts/peers.js';
import { runCheck } from '../../contracts/runCheck.js';
import type { Contract, ContractSet } from '../../contracts/types.js';
import { createSchemaValidator } from '../../schemas/index.js';
import { createMockState, handle, requestFor, type DriftMode, type MockRequest } from '../index.js';
import { contract, usersSet } from './__fixtures__/usersSet.js';

// A value drift breaks a place every page of the request documents as the checks read it: by the
// runtime type an item names, and by every page documenting the route the request took.
const base = usersSet();
const json = (body: string) => JSON.parse(body) as Record<string, unknown>;

/** Errors the checks report on `answer` judged as `judged`'s request, with its peers in `set`. */
function errorsOf(set: ContractSet, judged: Contract, request: MockRequest, answer: ReturnType<typeof handle>): string[] {
  const validator = createSchemaValidator(set.schemas);
  const response = { status: answer.status, headers: answer.headers, text: answer.body, json: JSON.parse(answer.body) as unknown, elapsedMs: 0 };
  const ctx = checkContext({ contract: judged, request, response, target: 'mock', validator, schemas: set.schemas, peers: peerIndex(set.contracts)(judged) });
  return selectChecks({}, 'mock').flatMap((check) => runCheck(check, ctx) ?? []).filter((v) => v.severity === 'error').map((v) => `${v.check} ${v.pointer ?? ''}`);
}

describe('an item naming a related type is broken where that type documents the value', () => {
  // `contact` shares no documented base with `user` (the declared type names none): the checks
  // validate the item as a contact, whose `kind` is free text and whose `state` is an enum.
  const set: ContractSet = {
    ...base,
    contracts: [contract('user-get', 'GET', '/users/{id}', 200, 'entity', { '@odata.type': '#microsoft.graph.contact', id: 'c1', kind: 'free text', state: 'on', seen: '2021-01-01T00:00:00Z' })],
    schemas: {
      ...base.schemas,
      'contact.schema.json': {
        $id: 'contact.schema.json',
        type: 'object',
        properties: { id: { type: 'string' }, kind: { type: 'string' }, state: { type: 'string', enum: ['on', 'off'] }, seen: { type: 'string', format: 'date-time' } },
      },
    },
  };
  const judged = set.contracts[0]!;
  const drifted = (drift: DriftMode) => {
    const request = requestFor(judged);
    const answer = handle(request, createMockState(set, { drift }));
    return { answer, body: json(answer.body), errors: errorsOf(set, judged, request, answer) };
  };

  test('the clean answer passes every check', () => {
    const request = requestFor(judged);
    expect(errorsOf(set, judged, request, handle(request, createMockState(set)))).toEqual([]);
  });

  test("enum-out-of-range puts the non-member in the contact's enum, not in the user's", () => {
    const { answer, body, errors } = drifted('enum-out-of-range');
    expect(answer.trace?.drift).toBe('enum-out-of-range');
    expect(body).toMatchObject({ kind: 'free text', state: 'notADocumentedMember' });
    expect(errors).toContain('enum-members-documented /state');
  });

  test("malformed-date-time breaks the contact's date-time, and adds no user property", () => {
    const { body, errors } = drifted('malformed-date-time');
    expect(body.seen).toBe('13/07/2021 20:55');
    expect(body).not.toHaveProperty('createdDateTime');
    expect(errors).toContain('response-body-matches-schema /seen');
  });
});

describe('a request answered by a page whose own example posts elsewhere', () => {
  // `thing-post` documents POST /users among its paths (its example posts to /things) and answers
  // it (the path names its type); `bag-post`, the other page of POST /users, documents a `bag` whose
  // `kind` is free text and which says nothing of `id`. A client checking bag-post's request
  // judges the answer by both pages: the break must be one the bag page forbids too.
  const thing = { ...contract('thing-post', 'POST', '/things', 201, 'entity', { id: 't', displayName: 'T', kind: 'member' }, { kind: 'member' }) };
  thing.operation = { ...thing.operation, pathTemplates: ['/things', '/users'] };
  const bag = contract('bag-post', 'POST', '/users', 201, 'entity', { kind: 'anything' }, { kind: 'anything' });
  bag.response = { ...bag.response, schema: 'bag.schema.json', type: 'bag', enumFields: [], requiredFields: [] };
  const set: ContractSet = { ...base, contracts: [thing, bag], schemas: { ...base.schemas, 'bag.schema.json': { $id: 'bag.schema.json', type: 'object', properties: { kind: { type: 'string' } } } } };
  const request: MockRequest = { ...requestFor(bag), body: JSON.stringify(thing.request.body) };
  const drifted = (drift: DriftMode) => handle(request, createMockState(set, { drift }));

  test('the page whose type the path names answers, and the clean answer passes the checks of the requested page', () => {
    const clean = handle(request, createMockState(set));
    expect(clean.trace?.contract).toBe('thing-post');
    expect(errorsOf(set, bag, request, clean)).toEqual([]);
  });

  test("an enum the bag page leaves free is not broken: not applicable rather than a mutant no check can catch", () => {
    expect(drifted('enum-out-of-range').trace?.drift).toBe('not-applicable');
  });

  test('wrong-json-type breaks a value both pages type, and the checks of the requested page catch it', () => {
    const answer = drifted('wrong-json-type');
    expect(answer.trace?.drift).toBe('wrong-json-type');
    const body = json(answer.body);
    expect(typeof body.id).toBe('string');
    expect(typeof body.kind).not.toBe('string');
    expect(errorsOf(set, bag, request, answer)).toContain('response-body-matches-schema /kind');
  });
});
