import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { parseDoc, readDocs } from '../../docs/index.js';
import { buildModel } from '../build.js';
import type { ApiModel, Operation } from '../types.js';

const SEEDS = fileURLToPath(new URL('../../../contracts/docs', import.meta.url));
const GET = 'api/educationsynchronizationprofilestatus-get.md';
const POST = 'api/educationsynchronizationprofilestatus-post.md';
const PATCH = 'api/educationsynchronizationprofilestatus-update.md';
const PUT = 'api/educationsynchronizationprofile-put.md';
const RESOURCE = 'resources/educationsynchronizationprofilestatus.md';

let model: ApiModel;
const op = (page: string): Operation => model.operations.find((o) => o.page === page) as Operation;
const found = (rule: string): string[] => model.diagnostics.filter((d) => d.rule === rule).map((d) => `${d.source.file}:${d.source.line}`);

beforeAll(async () => {
  model = buildModel((await readDocs(SEEDS)).files.map(parseDoc));
});

describe('seed docs → model', () => {
  test('the resource, as its page documents it, and the names only the examples show', () => {
    const r = model.resources['educationSynchronizationProfileStatus'];
    expect(r?.properties.map((p) => [p.name, p.type.name, p.source.line, p.origin])).toEqual([
      ['status', 'educationSynchronizationStatus', 27, undefined],
      ['lastSynchronizationDateTime', 'Edm.DateTimeOffset', 28, undefined],
      // The GET example shows four names the page lacks (the first response example to show each).
      ['id', 'Edm.String', 92, 'example'],
      ['lastActivityDateTime', 'Edm.String', 92, 'example'],
      ['errorCount', 'Edm.Double', 92, 'example'],
      ['statusMessage', 'Edm.String', 92, 'example'],
    ]);
    expect(r).toMatchObject({ kind: 'complex', openType: false, source: { file: RESOURCE, line: 9 } });
    expect(Object.keys(model.resources)).toEqual(['educationSynchronizationProfileStatus']);
  });

  test('the enum merges in the order of the list with unknownFutureValue', () => {
    expect(model.enums['educationSynchronizationStatus']).toEqual({
      name: 'educationSynchronizationStatus',
      members: ['paused', 'inProgress', 'success', 'error', 'validationError', 'quarantined', 'unknownFutureValue'],
      evolvableFrom: 6,
      source: { file: POST, line: 49 },
    });
  });

  test('four operations with methods, paths, statuses and types', () => {
    expect(model.operations.map((o) => [o.method, o.paths.map((p) => p.template), o.successStatus, o.responseType?.name])).toEqual([
      ['PUT', ['/education/synchronizationProfiles'], 202, 'synchronizationProfile'],
      ['GET', ['/education/synchronizationProfiles/{id}/profileStatus'], 200, 'educationSynchronizationProfileStatus'],
      ['POST', ['/education/synchronizationProfiles/{educationSynchronizationProfileId}/profileStatus'], 201, 'educationSynchronizationProfileStatus'],
      ['PATCH', ['/education/synchronizationProfiles/{educationSynchronizationProfileId}/profileStatus'], 200, 'educationSynchronizationProfileStatus'],
    ]);
    expect(op(GET).paths[0]?.params).toEqual(['id']);
    expect(op(GET).permissions).toMatchObject({ delegatedWork: ['EduAdministration.Read', 'EduAdministration.ReadWrite'], delegatedPersonal: null });
    expect(op(POST).requestType).toEqual({ name: 'educationSynchronizationProfileStatus', collection: false });
    expect(op(POST).requestProperties.map((p) => p.name)).toEqual(['id', 'status', 'lastSynchronizationDateTime']);
    expect(op(PATCH).requestHeaders.map((h) => [h.name, h.required])).toEqual([['Authorization', true], ['Content-Type', true]]);
  });

  test('each request pairs with its response', () => {
    expect(model.operations.map((o) => o.examples.map((e) => [e.request.method, e.request.source.line, e.response?.status, e.response?.source.line]))).toEqual([
      [['PUT', 53, 202, 110]],
      [['GET', 61, 200, 92]],
      [['POST', 67, 201, 87]],
      [['PATCH', 65, 200, 84]],
    ]);
    expect(op(GET).examples[0]?.response).toMatchObject({ odataType: 'educationSynchronizationProfileStatus', truncated: false, body: { errorCount: 0 } });
    expect(op(POST).examples[0]?.response).toMatchObject({ truncated: true, odataType: 'educationsynchronizationprofilestatus' });
  });

  test('every disagreement is a diagnostic with file and line', () => {
    expect(model.diagnostics.find((d) => d.rule === 'enum-lists-disagree')).toMatchObject({
      source: { file: RESOURCE, line: 27 },
      related: [{ file: POST, line: 49 }],
    });
    expect(found('example-property-undocumented')).toEqual([`${GET}:98`, `${GET}:101`, `${GET}:102`, `${GET}:103`, `${POST}:91`, `${PATCH}:88`]);
    expect(found('example-placeholder-value')).toEqual([`${POST}:73`, `${POST}:74`, `${POST}:92`, `${POST}:93`, `${PATCH}:71`, `${PATCH}:89`]);
    expect(found('example-annotated-ignored')).toEqual([`${PUT}:48`, `${PUT}:104`]);
    expect(found('type-without-page')).toEqual([`${PUT}:10`, `${PUT}:43`]);
    expect(found('permissions-not-stated')).toHaveLength(6);
  });

  test('placeholders never become enum members or dates', () => {
    const members = model.enums['educationSynchronizationStatus']?.members ?? [];
    expect(members).not.toContain('String');
    const placeholder = model.diagnostics.find((d) => d.rule === 'example-placeholder-value' && d.source.line === 74);
    expect(placeholder?.message).toContain('"String (timestamp)"');
  });

  test('the same pages in another order give the same model', async () => {
    const files = (await readDocs(SEEDS)).files.reverse();
    expect(JSON.stringify(buildModel(files.map(parseDoc)))).toBe(JSON.stringify(model));
  });
});

describe('one build, nothing kept', () => {
  test('a second build of the same pages reads its own type references and shares no object with the first', async () => {
    const pages = (await readDocs(SEEDS)).files.map(parseDoc);
    const first = buildModel(pages);
    const second = buildModel(pages);
    expect(second).toEqual(first);
    const types = (m: ApiModel) => [...Object.values(m.resources).flatMap((r) => r.properties), ...m.operations.flatMap((o) => o.requestProperties)].map((p) => p.type);
    const before = new Set(types(first));
    expect(types(second).filter((t) => before.has(t))).toEqual([]);
  });
});
