import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { requestFor, SEED_ID, startMockServer, type RunningMock } from '../index.js';
import { tokensOf } from '../../util/jsonPointer.js';
import { seedArtifacts } from './__helpers__/seeds.js';
import { send } from './__helpers__/send.js';

// The committed seed artifacts (contracts/, schemas/).
const set = await seedArtifacts();
const byId = (id: string) => set.contracts.find((c) => c.id === id)!;
const GET = byId('educationsynchronizationprofilestatus-get');
const POST = byId('educationsynchronizationprofilestatus-post');
const PATCH = byId('educationsynchronizationprofilestatus-update');
const PUT = byId('educationsynchronizationprofile-put');
let mock: RunningMock;

beforeAll(async () => {
  mock = await startMockServer(set);
});
beforeEach(() => mock.state.reset());
afterAll(() => mock.close());

describe('clean mock, every seed operation', () => {
  test.for(set.contracts.map((c) => [c.id, c] as const))('%s answers as documented', async ([, contract]) => {
    const res = await send(mock.url, requestFor(contract, { 'client-request-id': 'abc-123' }));
    expect(res.status).toBe(contract.response.status);
    expect(res.headers.get('content-type')).toMatch(/^application\/json;odata\.metadata=minimal/);
    expect(res.headers.get('request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get('client-request-id')).toBe('abc-123');
    expect(res.json?.['@odata.context']).toMatch(/^https:\/\/graph\.microsoft\.com\/beta\/\$metadata#education\/synchronizationProfiles(\/.+)?\/\$entity$/);
    for (const field of contract.response.requiredFields) expect(res.json).toHaveProperty(tokensOf(field.pointer));
    for (const field of contract.response.enumFields) expect(field.members).toContain(res.json?.[field.pointer.slice(1)]);
    expect(res.text).not.toContain('"String');
  });

  test('the seed PUT answers 202 with state provisioning', async () => {
    const res = await send(mock.url, requestFor(PUT));
    expect(res.status).toBe(202);
    expect(res.json).toMatchObject({ state: 'provisioning', displayName: 'Test Profile' });
  });

  test('v1.0 serves the same templates; OData key syntax addresses the same entity', async () => {
    const res = await send(mock.url, { ...requestFor(GET), url: `/v1.0/education/synchronizationProfiles('${SEED_ID}')/profileStatus` });
    expect(res.status).toBe(200);
    expect(res.json?.id).toBe('86904b1e-c7d0-4ead-b13a-98f11fc400ee');
  });
});

describe('state', () => {
  test('PATCH merges and a later GET returns the merged entity', async () => {
    const path = `/beta/education/synchronizationProfiles/${SEED_ID}/profileStatus`;
    const body = JSON.stringify({ status: 'error', lastSynchronizationDateTime: '2022-01-01T00:00:00Z' });
    const patched = await send(mock.url, { ...requestFor(PATCH), url: path, body });
    expect(patched.json).toMatchObject({ status: 'error', statusMessage: expect.stringContaining('Processed 0 in the last hour.') });
    const got = await send(mock.url, { ...requestFor(GET), url: path });
    expect(got.json).toMatchObject({ status: 'error', lastSynchronizationDateTime: '2022-01-01T00:00:00Z' });
  });

  test('POST creates with a generated id that GET then returns', async () => {
    const path = '/beta/education/synchronizationProfiles/new-profile/profileStatus';
    expect((await send(mock.url, { ...requestFor(GET), url: path })).status).toBe(404);
    const created = await send(mock.url, { ...requestFor(POST), url: path });
    expect(created.status).toBe(201);
    expect(created.json?.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.json?.id).not.toBe('73338385-8385-7333-8583-337385833373');
    const got = await send(mock.url, { ...requestFor(GET), url: path });
    expect(got.json?.id).toBe(created.json?.id);
  });

  test('unknown ids are 404 with the Graph error envelope', async () => {
    const res = await send(mock.url, { ...requestFor(GET), url: '/beta/education/synchronizationProfiles/nope/profileStatus', headers: { authorization: 'Bearer t', 'client-request-id': 'c-1' } });
    expect(res.status).toBe(404);
    const error = res.json?.error as Record<string, unknown>;
    expect(error.code).toBe('ResourceNotFound');
    expect(error.innerError).toMatchObject({ 'request-id': res.headers.get('request-id'), 'client-request-id': 'c-1' });
    expect((error.innerError as Record<string, string>).date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });
});

describe('Graph conventions', () => {
  test('no bearer token is 401; a rejected token is 401', async () => {
    const { authorization: _, ...headers } = requestFor(GET).headers;
    expect((await send(mock.url, { ...requestFor(GET), headers })).status).toBe(401);
    const strict = await startMockServer(set, { acceptToken: (t) => t === 'good' });
    try {
      expect((await send(strict.url, requestFor(GET, { authorization: 'Bearer bad' }))).status).toBe(401);
      expect((await send(strict.url, requestFor(GET, { authorization: 'Bearer good' }))).status).toBe(200);
    } finally {
      await strict.close();
    }
  });

  test('a documented path with another method is 405 with Allow', async () => {
    const res = await send(mock.url, { ...requestFor(GET), method: 'DELETE' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, PATCH, POST');
    expect((res.json?.error as { code: string }).code).toBe('MethodNotAllowed');
  });

  test('an undocumented path is 404 naming it', async () => {
    const res = await send(mock.url, { ...requestFor(GET), url: '/beta/users/1' });
    expect(res.status).toBe(404);
    expect(res.text).toContain('GET /beta/users/1');
  });

  test('a body over the size limit is 413 in the error envelope', async () => {
    const res = await send(mock.url, { ...requestFor(PATCH), body: JSON.stringify({ statusMessage: 'x'.repeat(5 * 1024 * 1024) }) });
    expect(res.status).toBe(413);
    expect((res.json?.error as { code: string }).code).toBe('RequestEntityTooLarge');
  });

  test('a body with the wrong content type is 415; malformed JSON is 400', async () => {
    const wrongType = await send(mock.url, requestFor(PATCH, { 'Content-Type': 'text/plain' }));
    expect(wrongType.status).toBe(415);
    expect(wrongType.text).toContain("'text/plain'");
    const malformed = await send(mock.url, { ...requestFor(PATCH), body: '{"status":' });
    expect(malformed.status).toBe(400);
    expect(malformed.text).toContain('Unable to read JSON request payload');
  });
});
