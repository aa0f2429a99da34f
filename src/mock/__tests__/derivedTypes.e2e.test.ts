import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { ContractSet } from '../../contracts/types.js';
import { buildFromFiles } from '../../pipeline.js';
import { createSchemaValidator } from '../../schemas/index.js';
import { CONTRACT_HEADER, SEED_ID, startMockServer, type RunningMock } from '../index.js';
import { BASE, COLLECTION, DERIVED, derivedPages } from './__fixtures__/derivedPages.js';
import { send } from './__helpers__/send.js';

let mock: RunningMock;
let set: ContractSet;
beforeAll(async () => {
  set = buildFromFiles(derivedPages(), 'fixture-derived').set;
  mock = await startMockServer(set);
});
beforeEach(() => mock.state.reset());
afterAll(() => mock.close());

const collection = '/beta' + COLLECTION.replace(/\{[^}]*\}/g, SEED_ID);
const headers = (contract?: string) => ({ authorization: 'Bearer t', 'content-type': 'application/json', ...(contract ? { [CONTRACT_HEADER]: contract } : {}) });
const call = (method: string, url: string, contract?: string, body?: unknown) =>
  send(mock.url, { method, url, headers: headers(contract), ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
const idOf = (type: string) => `intune-grouppolicy-${type.toLowerCase()}`;
const schemaIssues = (type: string, value: unknown) => createSchemaValidator(set.schemas).validate(`${type}.schema.json`, value);

describe('derived types sharing one collection route', () => {
  test('the fixture has the real shapes: a wrapped base GET example and a list per derived type', () => {
    expect(set.diagnostics.map((d) => d.rule)).toContain('example-body-wrapped-in-value');
    expect(set.contracts.filter((c) => c.request.method === 'GET' && c.response.body === 'collection')).toHaveLength(Object.keys(DERIVED).length + 1);
  });

  test('GET of the base type answers the entity itself, not the `{"value": {...}}` wrapper of its example', async () => {
    const res = await call('GET', `${collection}/${SEED_ID}`, `${idOf(BASE)}-get`);
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ '@odata.type': `#microsoft.graph.${BASE}`, id: SEED_ID });
    expect(res.json).not.toHaveProperty('value');
  });

  test.for(Object.keys(DERIVED))('the %s list answers only items of its own type once other types were written', async (type) => {
    await call('GET', `${collection}/${SEED_ID}`, `${idOf(BASE)}-get`);
    for (const other of Object.keys(DERIVED)) {
      const created = await call('POST', collection, `${idOf(other)}-create`, { '@odata.type': `#microsoft.graph.${other}`, value: DERIVED[other as keyof typeof DERIVED][1] });
      expect(created.status, created.text).toBe(201);
    }
    expect((await call('POST', collection, `${idOf(BASE)}-create`, { '@odata.type': `#microsoft.graph.${BASE}` })).status).toBe(201);

    const list = await call('GET', collection, `${idOf(type)}-list`);
    const items = list.json?.value as Record<string, unknown>[];
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item['@odata.type']).toBe(`#microsoft.graph.${type}`);
    for (const item of items) expect(schemaIssues(type, item), JSON.stringify(item)).toEqual([]);
  });
});

test('the base type list answers the items of every type derived from it too, as Graph does', async () => {
  const created = [];
  for (const type of [BASE, ...Object.keys(DERIVED)]) {
    const res = await call('POST', collection, `${idOf(type)}-create`, { '@odata.type': `#microsoft.graph.${type}` });
    expect(res.status, res.text).toBe(201);
    created.push(res.json?.id);
  }
  const list = await call('GET', collection, `${idOf(BASE)}-list`);
  const ids = (list.json?.value as { id: string }[]).map((i) => i.id);
  expect(ids).toEqual(expect.arrayContaining(created));
  for (const item of list.json?.value as unknown[]) expect(schemaIssues(BASE, item)).toEqual([]);
});

describe('derived types whose examples carry no @odata.type', () => {
  let untyped: RunningMock;
  beforeAll(async () => {
    const built = buildFromFiles(derivedPages(), 'fixture-derived-untyped').set;
    for (const c of built.contracts) {
      const example = c.response.example as Record<string, unknown> | undefined;
      if (c.request.method === 'POST' && example) delete example['@odata.type'];
    }
    untyped = await startMockServer(built);
  });
  afterAll(() => untyped.close());

  test('a list answers the items the contracts of its own type wrote', async () => {
    const post = (type: string, value: unknown) =>
      send(untyped.url, { method: 'POST', url: collection, headers: headers(`${idOf(type)}-create`), body: JSON.stringify({ value }) });
    const flag = await post('groupPolicyPresentationValueBoolean', false);
    const text = await post('groupPolicyPresentationValueText', 'hello');
    expect([flag.status, text.status]).toEqual([201, 201]);
    const list = await send(untyped.url, { method: 'GET', url: collection, headers: headers(`${idOf('groupPolicyPresentationValueText')}-list`) });
    const ids = (list.json?.value as { id: string }[]).map((i) => i.id);
    expect(ids).toContain(text.json?.id);
    expect(ids).not.toContain(flag.json?.id);
  });
});
