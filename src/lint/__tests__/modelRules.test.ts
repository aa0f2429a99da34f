import { describe, expect, it } from 'vitest';
import type { ApiModel, Example, Operation } from '../../model/types.js';
import { enumOf, model, op, prop, resource } from '../../diff/__helpers__/model.js';
import { lintOnly, md } from '../__helpers__/testRule.js';

const src = (file: string, line: number) => ({ file, line });
const statusMembers = ['paused', 'inProgress', 'success', 'error', 'quarantined', 'validationError'];
const statusResource = resource('educationSynchronizationProfileStatus', [
  prop('status', 'educationSynchronizationStatus', { possibleValues: statusMembers, source: src('resources/status.md', 5) }),
  prop('lastSynchronizationDateTime', 'Edm.DateTimeOffset'),
]);

function withExample(body: unknown, extra: Partial<Example['response'] & object> = {}, opExtra: Partial<Operation> = {}): ApiModel {
  const example: Example = {
    request: { method: 'GET', url: 'https://graph.microsoft.com/beta/s', version: 'beta', path: '/s', query: {}, headers: {}, source: src('api/get.md', 3), name: 'get_status' },
    response: { status: 200, truncated: false, headers: {}, body, source: src('api/get.md', 7), ...extra },
  };
  return model({
    resources: [{ ...statusResource, source: src('resources/status.md', 1) }],
    enums: [],
    operations: [op('GET', '/s', { page: 'api/get.md', responseType: { name: 'educationSynchronizationProfileStatus', collection: false }, examples: [example], ...opExtra })],
  });
}

const page = md('# Get', '```http', 'GET https://graph.microsoft.com/beta/s', '```', '', '```http', 'HTTP/1.1 200 OK', '', '{', '  "status": "String",', '  "lastSynchronizationDateTime": "String (timestamp)"', '}', '```');
const run = (rule: string, m: ApiModel, docs: Record<string, string> = { 'api/get.md': page }) =>
  lintOnly(rule, docs, () => m).map((f) => `${f.source.file}:${f.source.line} ${f.pointer}`);

describe('example-value-invalid', () => {
  it('passes typed values, enum members and null', () => {
    expect(run('example-value-invalid', withExample({ status: 'inProgress', lastSynchronizationDateTime: '2021-07-13T20:55:17.6475128Z' }))).toEqual([]);
    expect(run('example-value-invalid', withExample({ status: null, lastSynchronizationDateTime: '2017-01-01T00:01:37+03:00' }))).toEqual([]);
  });
  it('flags placeholders in enum and date fields at their line', () => {
    expect(run('example-value-invalid', withExample({ status: 'String', lastSynchronizationDateTime: 'String (timestamp)' }))).toEqual([
      'api/get.md:10 /examples/get_status/response/body/status',
      'api/get.md:11 /examples/get_status/response/body/lastSynchronizationDateTime',
    ]);
  });
  it('uses an enum type page when there is one, and checks nested complex types', () => {
    const m = withExample({ status: 'archived' });
    m.enums = { educationSynchronizationStatus: enumOf('educationSynchronizationStatus', [...statusMembers, 'unknownFutureValue', 'archived']) };
    expect(run('example-value-invalid', m)).toEqual([]);
    m.resources['wrapper'] = resource('wrapper', [prop('inner', 'educationSynchronizationProfileStatus', { type: { name: 'educationSynchronizationProfileStatus', collection: true } })]);
    m.operations[0]!.responseType = { name: 'wrapper', collection: false };
    m.operations[0]!.examples[0]!.response!.body = { inner: [{ status: 'inProgress' }, { status: 'nope' }] };
    expect(run('example-value-invalid', m)).toEqual(['api/get.md:7 /examples/get_status/response/body/inner/1/status']);
  });
});

describe('example-property-undocumented', () => {
  it('passes documented properties, id of an entity and OData control keys', () => {
    expect(run('example-property-undocumented', withExample({ '@odata.context': 'x', id: '1', status: 'success' }))).toEqual([]);
  });
  it('flags each property the resource page lacks', () => {
    expect(run('example-property-undocumented', withExample({ id: '1', status: 'success', errorCount: 0, statusMessage: 'x' }))).toEqual([
      'api/get.md:7 /examples/get_status/response/body/errorCount',
      'api/get.md:7 /examples/get_status/response/body/statusMessage',
    ]);
  });
});

describe('resource-property-missing-from-example', () => {
  it('passes a truncated example and a complete one', () => {
    expect(run('resource-property-missing-from-example', withExample({ status: 'success' }, { truncated: true }))).toEqual([]);
    expect(run('resource-property-missing-from-example', withExample({ status: 'success', lastSynchronizationDateTime: null }))).toEqual([]);
  });
  it('flags a full example that lacks documented properties', () => {
    expect(run('resource-property-missing-from-example', withExample({ status: 'success' }))).toEqual(['api/get.md:7 /examples/get_status/response/body']);
  });
});

describe('example-status-mismatch', () => {
  const documented = { successStatus: 201, successStatusSource: src('api/get.md', 2) };
  it('passes a matching status and error examples', () => {
    expect(run('example-status-mismatch', withExample({}, { status: 201 }, documented))).toEqual([]);
    expect(run('example-status-mismatch', withExample({}, { status: 404 }, documented))).toEqual([]);
  });
  it('flags a success status other than the documented one', () => {
    expect(run('example-status-mismatch', withExample({}, { status: 200 }, documented))).toEqual(['api/get.md:7 /examples/get_status/response/status']);
  });
});

describe('enum-lists-disagree', () => {
  const onPost = (members: string[]) => {
    const m = withExample({});
    m.operations.push(op('POST', '/s', { page: 'api/post.md', requestProperties: [prop('status', 'educationSynchronizationStatus', { possibleValues: members, source: src('api/post.md', 49) })] }));
    return m;
  };
  it('passes lists with the same members in any order', () => {
    expect(run('enum-lists-disagree', onPost([...statusMembers].reverse()))).toEqual([]);
  });
  it('flags a list with extra or missing members, against the resource page', () => {
    const found = lintOnly('enum-lists-disagree', {}, () => onPost([...statusMembers, 'unknownFutureValue']));
    expect(found.map((f) => `${f.source.file}:${f.source.line}`)).toEqual(['api/post.md:49']);
    expect(found[0]!.message).toContain('only here: unknownFutureValue');
    expect(found[0]!.related).toEqual([src('resources/status.md', 5)]);
  });
});
