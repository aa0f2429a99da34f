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
  it('leaves top-level placeholders and enum values to the model', () => {
    expect(run('example-value-invalid', withExample({ status: 'String', lastSynchronizationDateTime: 'String (timestamp)' }))).toEqual([]);
  });
  it('flags wrong JSON types and malformed formats at their line', () => {
    const docs = { 'api/get.md': page.replace('"String (timestamp)"', '"yesterday"').replace('"status": "String"', '"status": 3') };
    expect(run('example-value-invalid', withExample({ status: 3, lastSynchronizationDateTime: 'yesterday' }), docs)).toEqual([
      'api/get.md:10 /examples/get_status/response/body/status',
      'api/get.md:11 /examples/get_status/response/body/lastSynchronizationDateTime',
    ]);
  });
  it('checks nested complex types, with the enum page when there is one', () => {
    const m = withExample({});
    m.enums = { educationSynchronizationStatus: enumOf('educationSynchronizationStatus', [...statusMembers, 'unknownFutureValue', 'archived']) };
    m.resources['wrapper'] = resource('wrapper', [prop('inner', 'educationSynchronizationProfileStatus', { type: { name: 'educationSynchronizationProfileStatus', collection: true } })]);
    m.operations[0]!.responseType = { name: 'wrapper', collection: false };
    m.operations[0]!.examples[0]!.response!.body = { inner: [{ status: 'archived' }, { status: 'String' }] };
    expect(run('example-value-invalid', m)).toEqual(['api/get.md:10 /examples/get_status/response/body/inner/1/status']);
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

