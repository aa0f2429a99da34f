import { resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { readContractSet, staleArtifacts } from '../contracts/artifacts/index.js';
import type { Contract } from '../contracts/types.js';
import { buildFromDocs, renderBuildArtifacts, type Build } from '../pipeline.js';
import { compileAll, createSchemaValidator } from '../schemas/index.js';

const root = resolve(import.meta.dirname, '../..');
const STATUS_SCHEMA = 'educationSynchronizationProfileStatus.schema.json';
const STATUS_MEMBERS = ['paused', 'inProgress', 'success', 'error', 'validationError', 'quarantined', 'unknownFutureValue'];

let build: Build;
let byId: Record<string, Contract>;
beforeAll(async () => {
  build = await buildFromDocs(resolve(root, 'contracts/docs'), 'default');
  byId = Object.fromEntries(build.set.contracts.map((c) => [c.id, c]));
});

describe('seed docs → contracts and schemas', () => {
  test('one contract per documented request', () => {
    expect(build.set.contracts.map((c) => [c.id, c.request.method, c.operation.pathTemplate, c.response.status])).toEqual([
      ['educationsynchronizationprofile-put', 'PUT', '/education/synchronizationProfiles', 202],
      ['educationsynchronizationprofilestatus-get', 'GET', '/education/synchronizationProfiles/{id}/profileStatus', 200],
      ['educationsynchronizationprofilestatus-post', 'POST', '/education/synchronizationProfiles/{educationSynchronizationProfileId}/profileStatus', 201],
      ['educationsynchronizationprofilestatus-update', 'PATCH', '/education/synchronizationProfiles/{educationSynchronizationProfileId}/profileStatus', 200],
    ]);
    for (const c of build.set.contracts) expect(c.origin).toBe('example');
  });

  test('response schema references, and none where the type has no page', () => {
    for (const id of ['get', 'post', 'update']) {
      const c = byId[`educationsynchronizationprofilestatus-${id}`]!;
      expect(c.response).toMatchObject({ body: 'entity', schema: STATUS_SCHEMA, type: 'educationSynchronizationProfileStatus', contentType: 'application/json' });
    }
    const put = byId['educationsynchronizationprofile-put']!;
    expect(put.response.schema).toBeUndefined();
    expect(put.response).toMatchObject({ body: 'entity', truncated: true });
    expect(put.source.status).toEqual({ file: 'api/educationsynchronizationprofile-put.md', line: 43 });
  });

  test('required fields: nothing an example shows; no key where the page names none (the type is not documented as an entity)', () => {
    const get = byId['educationsynchronizationprofilestatus-get']!;
    // The example shows status and lastSynchronizationDateTime, but the page never says they are
    // returned by default, and a $select could leave them out.
    expect(get.response.example).toMatchObject({ status: expect.any(String), lastSynchronizationDateTime: expect.any(String) });
    expect(get.response.requiredFields).toEqual([]);
  });

  test('enum fields carry the reconciled member list with unknownFutureValue', () => {
    for (const id of ['get', 'post', 'update']) {
      expect(byId[`educationsynchronizationprofilestatus-${id}`]!.response.enumFields).toEqual([
        { pointer: '/status', enum: 'educationSynchronizationStatus', members: STATUS_MEMBERS, evolvableFrom: 6 },
      ]);
    }
  });

  test('placeholders in example bodies are replaced by typed values and recorded', () => {
    const post = byId['educationsynchronizationprofilestatus-post']!;
    expect(post.request.body).toEqual({ '@odata.type': '#microsoft.graph.educationSynchronizationProfileStatus', status: 'paused', lastSynchronizationDateTime: '2021-01-01T00:00:00Z' });
    expect(post.request.placeholders).toEqual(['/status', '/lastSynchronizationDateTime']);
    expect(post.response.placeholders).toEqual(['/status', '/lastSynchronizationDateTime']);
    const update = byId['educationsynchronizationprofilestatus-update']!;
    expect(update.request.placeholders).toEqual(['/status']);
    expect(update.response.example).toMatchObject({ status: 'paused', lastSynchronizationDateTime: '2017-01-01T00:01:37.6538798+03:00' });
    expect(JSON.stringify(build.set.contracts)).not.toContain('String (timestamp)');
  });

  test('request side: path params, headers without credentials, permissions', () => {
    const get = byId['educationsynchronizationprofilestatus-get']!;
    expect(get.request).toMatchObject({ path: '/education/synchronizationProfiles/{id}/profileStatus', pathParams: ['id'], headers: {} });
    expect(get.permissions).toMatchObject({ delegatedWork: ['EduAdministration.Read', 'EduAdministration.ReadWrite'], delegatedPersonal: null, application: ['EduAdministration.Read.All', 'EduAdministration.ReadWrite.All'] });
    expect(byId['educationsynchronizationprofilestatus-post']!.request.schema).toBe(STATUS_SCHEMA);
  });

  test('schemas: status type and its enum, compiling, examples valid', () => {
    expect(Object.keys(build.set.schemas).sort()).toEqual(['educationSynchronizationProfileStatus.schema.json', 'educationSynchronizationStatus.schema.json']);
    expect(build.set.schemas['educationSynchronizationStatus.schema.json']!.enum).toEqual(STATUS_MEMBERS);
    expect((build.set.schemas[STATUS_SCHEMA]!.properties as Record<string, unknown>).lastSynchronizationDateTime).toEqual({ type: ['string', 'null'], format: 'date-time' });
    expect(compileAll(build.set.schemas)).toEqual([]);
    const validator = createSchemaValidator(build.set.schemas);
    for (const c of build.set.contracts) {
      if (c.response.schema) expect(validator.validate(c.response.schema, c.response.example), c.id).toEqual([]);
      if (c.request.schema) expect(validator.validate(c.request.schema, c.request.body), c.id).toEqual([]);
    }
  });

  test('each disagreement between the seed pages is a diagnostic with file:line', () => {
    const at = (rule: string) => build.set.diagnostics.filter((d) => d.rule === rule).map((d) => `${d.source.file}:${d.source.line}`);
    expect(at('enum-lists-disagree')).toEqual(['resources/educationsynchronizationprofilestatus.md:27']);
    expect(at('example-property-undocumented')).toEqual(expect.arrayContaining(['api/educationsynchronizationprofilestatus-get.md:101', 'api/educationsynchronizationprofilestatus-get.md:102', 'api/educationsynchronizationprofilestatus-get.md:103']));
    expect(at('example-placeholder-value')).toEqual(expect.arrayContaining(['api/educationsynchronizationprofilestatus-post.md:73', 'api/educationsynchronizationprofilestatus-post.md:74']));
  });

  test('the committed artifacts are those of a fresh build (else run `graph-contracts build`)', async () => {
    expect(await staleArtifacts(root, renderBuildArtifacts(build.set))).toEqual([]);
    const committed = await readContractSet(resolve(root, 'contracts'), resolve(root, 'schemas'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(build.set)));
  });
});
