import { describe, expect, test } from 'vitest';
import { compileAll, createSchemaValidator, deriveSchemas, indexTypes } from '../../schemas/index.js';
import { enumType, example, model, operation, prop, resource, src, t } from '../../schemas/__tests__/__fixtures__/model.js';
import { deriveContracts } from '../derive.js';

/** Stand-in for the model's recogniser: type names, optionally with a note. */
const isPlaceholder = (v: unknown) => typeof v === 'string' && /^(String|DateTimeOffset|Int32)( \(.*\))?$/.test(v);

const statusEnum = enumType('educationSynchronizationStatus', ['paused', 'inProgress', 'success', 'error', 'validationError', 'quarantined', 'unknownFutureValue']);
const profileStatus = resource(
  'educationSynchronizationProfileStatus',
  [prop('id', 'Edm.String', { inheritedFrom: 'entity' }), prop('status', 'educationSynchronizationStatus'), prop('lastSynchronizationDateTime', 'Edm.DateTimeOffset'), prop('kinds', t('educationSynchronizationStatus', true)), prop('detail', 'syncDetail')],
  { kind: 'entity' },
);
const detail = resource('syncDetail', [prop('phase', 'Edm.String', { possibleValues: ['a', 'b'], inlineEnum: { members: ['a', 'b'], source: src('resources/syncdetail.md', 12) } })]);
const url = 'https://graph.microsoft.com/beta/education/synchronizationProfiles/{educationSynchronizationProfileId}/profileStatus';
const tmpl = { template: '/education/synchronizationProfiles/{educationSynchronizationProfileId}/profileStatus', params: ['educationSynchronizationProfileId'], source: src('api/p.md', 30) };
const postBody = { '@odata.type': '#microsoft.graph.educationSynchronizationProfileStatus', status: 'String', lastSynchronizationDateTime: 'String (timestamp)' };
const ops = [
  operation('status-post', {
    method: 'POST',
    paths: [tmpl],
    successStatus: 201,
    successStatusSource: src('api/status-post.md', 52),
    requestType: t('educationSynchronizationProfileStatus'),
    responseType: t('educationSynchronizationProfileStatus'),
    examples: [example('POST', url, { body: postBody, status: 201, truncated: true, response: { ...postBody, id: '73338385-8385-7333-8583-337385833373' } })],
  }),
  operation('status-get', {
    paths: [{ ...tmpl, template: '/education/synchronizationProfiles/{id}/profileStatus' }],
    successStatus: 200,
    responseType: t('educationsynchronizationprofilestatus'),
    examples: [example('GET', 'https://graph.microsoft.com/beta/education/synchronizationProfiles/{id}/profileStatus', { status: 200, response: { id: 'x', status: 'inProgress', lastSynchronizationDateTime: null, errorCount: 0 } })],
  }),
  operation('status-list', { paths: [{ ...tmpl, template: '/education/synchronizationProfiles/{id}/statuses' }], responseType: t('educationSynchronizationProfileStatus', true) }),
  operation('status-delete', { method: 'DELETE', paths: [tmpl] }),
  operation('status-count', {
    paths: [{ ...tmpl, template: '/education/synchronizationProfiles/{id}/statuses' }],
    responseType: t('educationSynchronizationProfileStatus', true),
    examples: [{ ...example('GET', 'https://graph.microsoft.com/beta/education/synchronizationProfiles/{id}/statuses/$count', { status: 200 }), response: { status: 200, truncated: false, headers: { 'Content-Type': 'text/plain' }, bodyText: '893', source: src('api/x.md', 40) } }],
  }),
  operation('two-examples', {
    method: 'PATCH',
    paths: [tmpl],
    noContent: true,
    requestProperties: [prop('status', 'educationSynchronizationStatus')],
    examples: [example('PATCH', url, { body: { status: 'paused' }, status: 204 }), example('PATCH', url.replace('{educationSynchronizationProfileId}', '42'), { body: { status: 'DateTimeOffset' }, status: 204 })],
  }),
];
const m = model({ resources: [profileStatus, detail], enums: [statusEnum], operations: ops });
const index = indexTypes(m);
const { schemas } = deriveSchemas(m, index);
const { contracts, diagnostics } = deriveContracts(m, { isPlaceholder, index });
const byId = Object.fromEntries(contracts.map((c) => [c.id, c]));

describe('deriveContracts', () => {
  test('one contract per example, a template contract for example-less GET pages, stable ids', () => {
    expect(contracts.map((c) => [c.id, c.origin])).toEqual([
      ['status-count', 'example'],
      ['status-get', 'example'],
      ['status-list', 'template'],
      ['status-post', 'example'],
      ['two-examples', 'example'],
      ['two-examples~2', 'example'],
    ]);
    expect(diagnostics.map((d) => [d.rule, d.source.file])).toEqual([['operation-without-example', 'api/status-delete.md']]);
  });

  test('POST: status, schema refs, placeholders replaced with typed values', () => {
    const c = byId['status-post']!;
    expect(c.operation).toEqual({ method: 'POST', pathTemplate: tmpl.template, pathTemplates: [tmpl.template], version: 'beta' });
    expect(c.request.pathParams).toEqual(['educationSynchronizationProfileId']);
    expect(c.request.headers).toEqual({ 'Content-Type': 'application/json' });
    expect(c.request.schema).toBe('educationSynchronizationProfileStatus.schema.json');
    expect(c.request.body).toEqual({ ...postBody, status: 'paused', lastSynchronizationDateTime: '2021-01-01T00:00:00Z' });
    expect(c.request.placeholders).toEqual(['/status', '/lastSynchronizationDateTime']);
    expect(c.response).toMatchObject({ status: 201, body: 'entity', schema: 'educationSynchronizationProfileStatus.schema.json', contentType: 'application/json', truncated: true });
    expect(c.response.placeholders).toEqual(['/status', '/lastSynchronizationDateTime']);
    // The key only: nothing is required because an example shows it (see ARCHITECTURE.md, "Required fields").
    expect(c.response.requiredFields).toEqual([{ pointer: '/id', rule: 'key', source: src('resources/x.md', 10) }]);
    expect(c.source.status).toEqual(src('api/status-post.md', 52));
    expect(createSchemaValidator(schemas).validate(c.response.schema!, c.response.example)).toEqual([]);
  });

  test('GET: type resolved ignoring case; nulls and undeclared fields are not required', () => {
    const c = byId['status-get']!;
    expect(c.response.type).toBe('educationSynchronizationProfileStatus');
    expect(c.response.requiredFields.map((f) => f.pointer)).toEqual(['/id']);
    expect(c.response.placeholders).toEqual([]);
  });

  test('enum fields: named, collections of enums, nested inline lists, collection bodies', () => {
    const members = statusEnum.members;
    expect(byId['status-get']!.response.enumFields).toEqual([
      { pointer: '/detail/phase', enum: 'syncDetail.phase', members: ['a', 'b'] },
      { pointer: '/kinds/*', enum: 'educationSynchronizationStatus', members, evolvableFrom: 6 },
      { pointer: '/status', enum: 'educationSynchronizationStatus', members, evolvableFrom: 6 },
    ]);
    const list = byId['status-list']!;
    expect(list.response).toMatchObject({ status: 200, body: 'collection' });
    expect(list.response.requiredFields.map((f) => [f.pointer, f.rule])).toEqual([['/value', 'collection'], ['/value/*/id', 'key']]);
    expect(list.response.enumFields.map((f) => f.pointer)).toEqual(['/value/*/detail/phase', '/value/*/kinds/*', '/value/*/status']);
    expect(list.request).toEqual({ method: 'GET', path: '/education/synchronizationProfiles/{id}/statuses', pathParams: ['id'], query: {}, headers: {}, placeholders: [] });
  });

  test('a text body ($count) is not the documented JSON type', () => {
    const c = byId['status-count']!;
    expect(c.operation.pathTemplate).toBe('/education/synchronizationProfiles/{id}/statuses');
    expect(c.response).toEqual({ status: 200, contentType: 'text/plain', body: 'unknown', requiredFields: [], enumFields: [], example: '893', placeholders: [], truncated: false });
  });

  test('PATCH with no content; body placeholders typed by the request table or type', () => {
    const [first, second] = [byId['two-examples']!, byId['two-examples~2']!];
    expect(first.response).toMatchObject({ status: 204, body: 'none', requiredFields: [], enumFields: [] });
    expect(first.response.contentType).toBeUndefined();
    expect(second.request.path).toBe('/education/synchronizationProfiles/42/profileStatus');
    expect(second.request.pathParams).toEqual([]);
    expect(first.request.placeholders).toEqual([]);
    expect(second.request.body).toEqual({ status: 'paused' });
    expect(second.request.placeholders).toEqual(['/status']);
    expect(second.operation.pathTemplate).toBe(tmpl.template);
  });

  test('generated schemas compile', () => {
    expect(compileAll(schemas)).toEqual([]);
  });
});

test("an example annotated with one of the types the Response section offers is that type's contract; another annotation is not", () => {
  const getUrl = 'https://graph.microsoft.com/beta/education/synchronizationProfiles/{id}/profileStatus';
  const offered = operation('offered-get', {
    paths: [{ ...tmpl, template: '/education/synchronizationProfiles/{id}/profileStatus' }],
    successStatus: 200,
    responseType: t('educationSynchronizationProfileStatus'),
    responseAlternatives: ['educationsynchronizationprofilestatus', 'syncdetail'],
    examples: [
      example('GET', getUrl, { status: 200, response: { id: 'x' } }),
      example('GET', getUrl, { status: 200, response: { phase: 'a' }, odataType: 'microsoft.graph.syncDetail', line: 60 }),
    ],
  });
  const withAlternatives = deriveContracts(model({ resources: [profileStatus, detail], enums: [statusEnum], operations: [offered] }), { isPlaceholder, index }).contracts;
  expect(withAlternatives.map((c) => c.response.type)).toEqual(['educationSynchronizationProfileStatus', 'syncDetail']);
  const { responseAlternatives: _offered, ...single } = offered;
  const without = deriveContracts(model({ resources: [profileStatus, detail], enums: [statusEnum], operations: [single] }), { isPlaceholder, index }).contracts;
  expect(without.map((c) => c.response.type)).toEqual(['educationSynchronizationProfileStatus', 'educationSynchronizationProfileStatus']);
});

test("where the Response section states only an error status, each example's own success status is its contract's", () => {
  const op = operation('session', {
    method: 'DELETE',
    paths: [tmpl],
    successStatus: 200,
    statusPerExample: true,
    examples: [example('DELETE', url, { status: 204, line: 20 }), example('DELETE', url, { status: 507, line: 60 })],
  });
  const derived = deriveContracts(model({ resources: [profileStatus, detail], enums: [statusEnum], operations: [op] }), { isPlaceholder, index }).contracts;
  expect(derived.map((c) => c.response.status)).toEqual([204, 200]);
  const { statusPerExample: _perExample, ...shared } = op;
  expect(deriveContracts(model({ resources: [profileStatus, detail], enums: [statusEnum], operations: [shared] }), { isPlaceholder, index }).contracts.map((c) => c.response.status)).toEqual([200, 200]);
});
