import { describe, expect, test } from 'vitest';
import type { DocDiagnostic } from '../../docs/types.js';
import { enumType } from '../enums.js';
import { checkExamples } from '../exampleChecks.js';
import { TypeIndex } from '../typeIndex.js';
import type { Operation, Property, Resource } from '../types.js';

const prop = (name: string, type: string, line: number): Property =>
  ({ name, type: { name: type, collection: false }, description: '', nullable: true, readOnly: false, navigation: false, source: { file: 'resources/r.md', line } });
const resource = (name: string, properties: Property[], extra: Partial<Resource> = {}): Resource =>
  ({ name, kind: 'entity', openType: false, properties, source: { file: `resources/${name}.md`, line: 1 }, ...extra });

function run(body: unknown, responseType = 'thing', collection = false): string[] {
  const index = new TypeIndex();
  const out: DocDiagnostic[] = [];
  index.addResource(resource('thing', [prop('state', 'thingState', 10), prop('when', 'Edm.DateTimeOffset', 11)], { keyProperty: 'id' }), 'thing', out);
  index.addResource(resource('bigThing', [prop('size', 'Edm.Int32', 20)], { baseType: 'thing' }), 'bigthing', out);
  index.addResource(resource('bag', [], { openType: true }), 'bag', out);
  index.addEnum(enumType('thingState', ['on', 'off', 'unknownFutureValue'], { file: 'resources/enums.md', line: 3 }), out);
  const op = {
    responseType: { name: responseType, collection }, requestProperties: [],
    examples: [{ request: { method: 'GET', url: '', version: 'beta', path: '/', query: {}, headers: {}, source: { file: 'api/a.md', line: 5 } },
      response: { status: 200, truncated: false, headers: {}, body, source: { file: 'api/a.md', line: 9 } } }],
  } as unknown as Operation;
  checkExamples(op, index, (_e, key) => ({ file: 'api/a.md', line: key.length }), out);
  return out.map((d) => `${d.rule}:${d.message.match(/`[^`]+`|"[^"]+"/)?.[0]}`);
}

describe('checkExamples', () => {
  test.for([
    ['documented values', { id: '1', state: 'on', when: '2021-01-01T00:00:00Z', '@odata.etag': 'x' }, []],
    ['key property and annotations need no row', { id: '1', 'manager@odata.bind': 'x' }, []],
    ['undocumented property', { extra: 1 }, ['example-property-undocumented:`extra`']],
    ['placeholders', { state: 'String', when: 'String (timestamp)' }, ['example-placeholder-value:"String"', 'example-placeholder-value:"String (timestamp)"']],
    ['non-member, case and flags', { state: 'On' }, ['example-enum-value-undocumented:"On"']],
    ['flags enums', { state: 'on,off' }, []],
    ['derived type by @odata.type', { '@odata.type': '#microsoft.graph.bigThing', size: 1, state: 'off' }, []],
    ['collection without saying so', { value: [{ state: 'on' }, { nope: 1 }] }, ['example-property-undocumented:`nope`']],
    ['one entity wrapped in value', { value: { state: 'on' } }, ['example-body-wrapped-in-value:`"value"`']],
  ] as const)('%s', ([, body, expected]) => {
    expect(run(body)).toEqual(expected);
  });

  test('open types take any property', () => {
    expect(run({ anything: 1 }, 'bag')).toEqual([]);
  });

  test('types without a resource page are not checked', () => {
    expect(run({ anything: 1 }, 'unknownType')).toEqual([]);
  });
});
