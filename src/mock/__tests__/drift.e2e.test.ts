import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Contract } from '../../contracts/types.js';
import { escapeToken, tokensOf, valuesAt } from '../../util/jsonPointer.js';
import { DRIFT_MODES, driftApplies, requestFor, startMockServer, type DriftMode, type MockResponse, type RunningMock } from '../index.js';
import { seedSet } from './__fixtures__/seedSet.js';
import { seedArtifacts } from './__helpers__/seeds.js';
import { send, type Sent } from './__helpers__/send.js';

// The committed seed artifacts; the hand-made fixture adds a schema for the PUT (uuid fields).
const set = await seedArtifacts();
const fixture = seedSet();
// One clean mock and one per drift mode: drift is chosen per server, never by a request.
let mock: RunningMock;
const drifting = new Map<DriftMode, RunningMock>();
const lastAnswer = new Map<DriftMode, MockResponse>();
beforeAll(async () => {
  mock = await startMockServer(set, { slowMs: 60 });
  for (const mode of DRIFT_MODES) drifting.set(mode, await startMockServer(set, { slowMs: 60, drift: mode, onExchange: (_, res) => void lastAnswer.set(mode, res) }));
});
beforeEach(() => {
  mock.state.reset();
  for (const m of drifting.values()) m.state.reset();
});
afterAll(async () => {
  await mock.close();
  for (const m of drifting.values()) await m.close();
});

type Json = Record<string, unknown>;
/** How many required fields are missing where their parent is an object. */
const missing = (body: unknown, c: Contract): number =>
  c.response.requiredFields.reduce((n, f) => {
    const tokens = tokensOf(f.pointer);
    const name = tokens.pop()!;
    return n + valuesAt(body, tokens.map((t) => `/${escapeToken(t)}`).join('')).filter((p) => p.value !== null && typeof p.value === 'object' && !Object.hasOwn(p.value, name)).length;
  }, 0);
const typesOf = (v: unknown, path = ''): string[] =>
  v && typeof v === 'object' ? Object.entries(v).flatMap(([k, x]) => [`${path}/${k}:${Array.isArray(x) ? 'array' : typeof x}`, ...typesOf(x, `${path}/${k}`)]) : [];

/** What each contract-breaking mode must visibly change, compared with the clean response. */
const BROKEN: Record<string, (res: Sent, clean: Sent, c: Contract) => void> = {
  'drop-required-field': (res, clean, c) => expect(missing(res.json, c)).toBeGreaterThan(missing(clean.json, c)),
  'drop-item-key': (res, clean, c) => expect(missing(res.json, c)).toBeGreaterThan(missing(clean.json, c)),
  'drop-nested-required': (res, clean, c) => expect(missing(res.json, c)).toBeGreaterThan(missing(clean.json, c)),
  'enum-case-changed': (res, clean) => {
    // Created entities get new ids; the rest differs in the case of one member only.
    const text = (s: Sent) => JSON.stringify({ ...(s.json as Json), id: null });
    expect(text(res)).not.toBe(text(clean));
    expect(text(res).toLowerCase()).toBe(text(clean).toLowerCase());
  },
  'wrong-json-type-nested': (res, clean) => expect(typesOf(res.json)).not.toEqual(typesOf(clean.json)),
  'collection-to-scalar': (res, clean) => expect(typesOf(res.json)).not.toEqual(typesOf(clean.json)),
  'derived-member-wrong-type': (res) => expect(res.text).toMatch(/"@odata\.type":"#microsoft\.graph\./),
  'foreign-odata-type': (res, clean) => expect(res.text).not.toBe(clean.text),
  'truncated-json': (res) => expect(() => JSON.parse(res.text) as unknown).toThrow(),
  'entity-in-value': (res) => expect(Array.isArray((res.json as Json).value)).toBe(true),
  'body-on-no-content': (res, clean) => {
    expect(clean.text).toBe('');
    expect(res.text).not.toBe('');
  },
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
    const server = drifting.get(mode)!;
    const req = requestFor(contract);
    if (mode === 'connection-reset') {
      await expect(send(server.url, req)).rejects.toThrow();
      return;
    }
    const started = performance.now();
    const res = await send(server.url, req);
    if (mode === 'slow-response') expect(performance.now() - started).toBeGreaterThanOrEqual(55);
    // What drifted is known in process only; nothing of ours is in the HTTP answer.
    const names: string[] = [];
    res.headers.forEach((_, name) => names.push(name));
    expect(names.filter((h) => h.startsWith('x-graph-contracts'))).toEqual([]);
    const trace = lastAnswer.get(mode)?.trace;
    expect(trace?.contract).toBe(contract.id);
    if (driftApplies(mode as DriftMode, contract, set)) {
      expect(trace?.drift).toBe(mode);
      BROKEN[mode]!(res, clean, contract);
    } else {
      expect(trace?.drift).toBe('not-applicable');
      expect(res.status).toBe(clean.status);
      expect(res.json).toEqual({ ...clean.json, ...(res.json?.id ? { id: res.json.id } : {}) });
    }
  });
});

describe('selecting drift', () => {
  const get = set.contracts.find((c) => c.request.method === 'GET')!;

  test('a server-wide mode applies to every request, whatever headers the request carries', async () => {
    const server = drifting.get('undocumented-status')!;
    // The first success status no page of the request documents.
    expect((await send(server.url, requestFor(get))).status).toBe(201);
    // The headers that once steered the mock are ordinary unknown headers now.
    expect((await send(server.url, requestFor(get, { 'x-graph-contracts-drift': 'none', 'x-graph-contracts-contract': get.id }))).status).toBe(201);
    expect((await send(mock.url, requestFor(get, { 'x-graph-contracts-drift': 'throttled' }))).status).toBe(200);
  });

  test('driftTimes faults only the first n requests to a method and path, so a retry succeeds', async () => {
    const server = await startMockServer(set, { drift: 'throttled-fractional', driftTimes: 2 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) statuses.push((await send(server.url, requestFor(get))).status);
      expect(statuses).toEqual([429, 429, 200]);
    } finally {
      await server.close();
    }
  });

  test('slowMs sets the slow-response delay', async () => {
    const server = await startMockServer(set, { drift: 'slow-response', slowMs: 120 });
    try {
      const started = performance.now();
      expect((await send(server.url, requestFor(get))).status).toBe(200);
      expect(performance.now() - started).toBeGreaterThanOrEqual(110);
    } finally {
      await server.close();
    }
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
