import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { ContractSet } from '../../contracts/types.js';
import { buildFromFiles } from '../../pipeline.js';
import { createSchemaValidator } from '../../schemas/index.js';
import { SEED_ID, startMockServer, type RunningMock } from '../index.js';
import { BASE, COLLECTION, DERIVED, derivedPages } from './__fixtures__/derivedPages.js';
import { send } from './__helpers__/send.js';

let mock: RunningMock;
let set: ContractSet;
const answeredBy: string[] = [];
beforeAll(async () => {
  set = buildFromFiles(derivedPages(), 'fixture-derived').set;
  mock = await startMockServer(set, { onExchange: (_, res) => void answeredBy.push(res.trace?.contract ?? '') });
});
beforeEach(() => {
  mock.state.reset();
  answeredBy.length = 0;
});
afterAll(() => mock.close());

const collection = '/beta' + COLLECTION.replace(/\{[^}]*\}/g, SEED_ID);
const headers = { authorization: 'Bearer t', 'content-type': 'application/json' };
const call = (method: string, url: string, body?: unknown) => send(mock.url, { method, url, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
const idOf = (type: string) => `intune-grouppolicy-${type.toLowerCase()}`;
const schemaIssues = (type: string, value: unknown) => createSchemaValidator(set.schemas).validate(`${type}.schema.json`, value);
const typeOf = (item: Record<string, unknown>) => String(item['@odata.type']).replace('#microsoft.graph.', '');

describe('derived types sharing one collection route', () => {
  test('the fixture has the real shapes: a wrapped base GET example and a list per derived type', () => {
    expect(set.diagnostics.map((d) => d.rule)).toContain('example-body-wrapped-in-value');
    expect(set.contracts.filter((c) => c.request.method === 'GET' && c.response.body === 'collection')).toHaveLength(Object.keys(DERIVED).length + 1);
  });

  test('GET of the base type answers the entity itself, not the `{"value": {...}}` wrapper of its example', async () => {
    const res = await call('GET', `${collection}/${SEED_ID}`);
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ id: SEED_ID });
    expect(res.json).not.toHaveProperty('value');
  });

  test('a POST is answered by the page of the type its body names, and stores that type', async () => {
    for (const type of Object.keys(DERIVED)) {
      const created = await call('POST', collection, { '@odata.type': `#microsoft.graph.${type}`, value: DERIVED[type as keyof typeof DERIVED][1] });
      expect(created.status, created.text).toBe(201);
      expect(answeredBy.at(-1)).toBe(`${idOf(type)}-create`);
      expect(created.json?.['@odata.type']).toBe(`#microsoft.graph.${type}`);
      expect(schemaIssues(type, created.json)).toEqual([]);
    }
  });
});

test("a PATCH documented for a sibling type does not merge that type's values: an entity keeps its type", async () => {
  const own = await startMockServer(buildFromFiles(derivedPages(true), 'fixture-derived').set);
  const call = (method: string, url: string, body: unknown) => send(own.url, { method, url, headers, body: JSON.stringify(body) });
  try {
    const made = await call('POST', collection, { '@odata.type': '#microsoft.graph.groupPolicyPresentationValueBoolean', value: true });
    const patched = await call('PATCH', `${collection}/${String(made.json?.id)}`, { '@odata.type': '#microsoft.graph.groupPolicyPresentationValueText', value: 'Text value' });
    expect(patched.status, patched.text).toBe(200);
    expect(patched.json).toMatchObject({ '@odata.type': '#microsoft.graph.groupPolicyPresentationValueBoolean', value: true });
    expect(schemaIssues('groupPolicyPresentationValueBoolean', patched.json)).toEqual([]);
    const same = await call('PATCH', `${collection}/${String(made.json?.id)}`, { '@odata.type': '#microsoft.graph.groupPolicyPresentationValueBoolean', value: false });
    expect(same.json).toMatchObject({ value: false });
  } finally {
    await own.close();
  }
});

test('the list answers the items of every type derived from the base, as Graph does, each valid for its own type', async () => {
  const created: unknown[] = [];
  for (const type of [BASE, ...Object.keys(DERIVED)]) {
    const res = await call('POST', collection, { '@odata.type': `#microsoft.graph.${type}` });
    expect(res.status, res.text).toBe(201);
    created.push(res.json?.id);
  }
  const list = await call('GET', collection);
  const items = list.json?.value as Record<string, unknown>[];
  expect(items.map((i) => i.id)).toEqual(expect.arrayContaining(created));
  for (const item of items) expect(schemaIssues(BASE, item)).toEqual([]);
  for (const item of items.filter((i) => typeof i['@odata.type'] === 'string' && created.includes(i.id))) expect(schemaIssues(typeOf(item), item)).toEqual([]);
});

test('a type-cast segment lists only that type', async () => {
  const [type] = Object.keys(DERIVED) as [keyof typeof DERIVED];
  const mine = await call('POST', collection, { '@odata.type': `#microsoft.graph.${type}`, value: DERIVED[type][1] });
  await call('POST', collection, { '@odata.type': `#microsoft.graph.${BASE}` });
  const res = await call('GET', `${collection}/microsoft.graph.${type}`);
  expect(res.status).toBe(200);
  const items = res.json?.value as Record<string, unknown>[];
  expect(items.map((i) => i.id)).toContain(mine.json?.id);
  for (const item of items) expect(typeOf(item)).toBe(type);
});
