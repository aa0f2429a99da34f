import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Contract } from '../../contracts/types.js';
import { DRIFT_HEADER, DRIFT_MODES, driftApplies, requestFor, startMockServer, type DriftMode, type RunningMock } from '../index.js';
import { seedSet } from './__fixtures__/seedSet.js';
import { seedArtifacts } from './__helpers__/seeds.js';
import { send, type Sent } from './__helpers__/send.js';

// The committed seed artifacts; the hand-made fixture adds a schema for the PUT (uuid fields).
const set = await seedArtifacts();
const fixture = seedSet();
let mock: RunningMock;
beforeAll(async () => {
  mock = await startMockServer(set, { slowMs: 60 });
});
beforeEach(() => mock.state.reset());
afterAll(() => mock.close());

type Json = Record<string, unknown>;
const typesOf = (v: unknown, path = ''): string[] =>
  v && typeof v === 'object' ? Object.entries(v).flatMap(([k, x]) => [`${path}/${k}:${Array.isArray(x) ? 'array' : typeof x}`, ...typesOf(x, `${path}/${k}`)]) : [];

/** What each contract-breaking mode must visibly change, compared with the clean response. */
const BROKEN: Record<string, (res: Sent, clean: Sent, c: Contract) => void> = {
  'drop-required-field': (res, _, c) => expect(c.response.requiredFields.some((f) => !(f in (res.json as Json)))).toBe(true),
  'enum-out-of-range': (res, _, c) => expect(c.response.enumFields.some((f) => !f.members.includes((res.json as Json)[f.pointer.slice(1)] as string))).toBe(true),
  'wrong-json-type': (res, clean) => expect(typesOf(res.json)).not.toEqual(typesOf(clean.json)),
  'malformed-date-time': (res) => expect(res.text).toContain('"13/07/2021 20:55"'),
  'malformed-uuid': (res) => expect(res.text).toContain('"86904b1e-c7d0-4ead-b13a"'),
  'undocumented-status': (res, clean) => expect(res.status).not.toBe(clean.status),
  'wrong-content-type': (res) => expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8'),
  'empty-body': (res, clean) => {
    expect(res.text).toBe('');
    expect(res.status).toBe(clean.status);
  },
  throttled: (res) => {
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('1');
    expect((res.json as { error: Json }).error.code).toBe('TooManyRequests');
  },
  'throttled-fractional': (res) => {
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('0.5');
  },
  'service-unavailable': (res) => {
    expect(res.status).toBe(503);
    expect((res.json as { error: Json }).error).toMatchObject({ code: 'ServiceUnavailable', innerError: { 'request-id': res.headers.get('request-id') } });
  },
  'slow-response': (res, clean) => expect(res.text.length).toBe(clean.text.length),
};

const cases = set.contracts.flatMap((c) => DRIFT_MODES.map((mode) => [`${c.id} × ${mode}`, c, mode] as const));

describe('every seed operation in every drift mode, over HTTP', () => {
  test.for(cases)('%s', async ([, contract, mode]) => {
    const clean = await send(mock.url, requestFor(contract));
    mock.state.reset();
    const req = requestFor(contract, { [DRIFT_HEADER]: mode });
    if (mode === 'connection-reset') {
      await expect(send(mock.url, req)).rejects.toThrow();
      return;
    }
    const started = performance.now();
    const res = await send(mock.url, req);
    if (mode === 'slow-response') expect(performance.now() - started).toBeGreaterThanOrEqual(55);
    if (driftApplies(mode as DriftMode, contract, set)) {
      expect(res.headers.get(DRIFT_HEADER)).toBe(mode);
      BROKEN[mode]!(res, clean, contract);
    } else {
      expect(res.headers.get(DRIFT_HEADER)).toBe('not-applicable');
      expect(res.status).toBe(clean.status);
      expect(res.json).toEqual({ ...clean.json, ...(res.json?.id ? { id: res.json.id } : {}) });
    }
  });
});

describe('selecting drift', () => {
  test('a server-wide mode applies unless a request says none', async () => {
    const drifting = await startMockServer(set, { drift: 'undocumented-status' });
    try {
      const get = set.contracts.find((c) => c.request.method === 'GET')!;
      expect((await send(drifting.url, requestFor(get))).status).toBe(202);
      expect((await send(drifting.url, requestFor(get, { [DRIFT_HEADER]: 'none' }))).status).toBe(200);
    } finally {
      await drifting.close();
    }
  });

  test('times=<n> faults only the first n requests to a route, so a retry succeeds', async () => {
    const get = set.contracts.find((c) => c.request.method === 'GET')!;
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await send(mock.url, requestFor(get, { [DRIFT_HEADER]: 'throttled-fractional; times=2' }))).status);
    expect(statuses).toEqual([429, 429, 200]);
  });

  test('ms=<n> sets the slow-response delay; bad parameters are a 400', async () => {
    const get = set.contracts.find((c) => c.request.method === 'GET')!;
    const started = performance.now();
    expect((await send(mock.url, requestFor(get, { [DRIFT_HEADER]: 'slow-response; ms=120' }))).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
    expect((await send(mock.url, requestFor(get, { [DRIFT_HEADER]: 'throttled; times=-1' }))).status).toBe(400);
  });

  test('an unknown mode is a 400 listing the modes', async () => {
    const res = await send(mock.url, requestFor(set.contracts[0]!, { [DRIFT_HEADER]: 'sideways' }));
    expect(res.status).toBe(400);
    expect(res.text).toContain('drop-required-field');
  });

  test('applicability follows the fields a contract has', () => {
    const get = fixture.contracts.find((c) => c.request.method === 'GET')!;
    const put = fixture.contracts.find((c) => c.request.method === 'PUT')!;
    expect(driftApplies('malformed-uuid', get, fixture)).toBe(false);
    expect(driftApplies('malformed-uuid', put, fixture)).toBe(true);
    expect(driftApplies('malformed-date-time', get, fixture)).toBe(true);
    // The committed seeds document no schema for the PUT body, so nothing says which field is a uuid.
    expect(driftApplies('malformed-uuid', set.contracts.find((c) => c.request.method === 'PUT')!, set)).toBe(false);
  });
});
