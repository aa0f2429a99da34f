import { describe, expect, it } from 'vitest';
import { diffModels, formatDiffJson, formatDiffText } from '../index.js';
import { enumOf, model, op, prop, resource } from '../__helpers__/model.js';

const kinds = (a: Parameters<typeof model>[0], b: Parameters<typeof model>[0]): [string, boolean][] =>
  diffModels(model(a), model(b)).changes.map((c) => [c.kind, c.breaking]);

const status = ['paused', 'inProgress', 'success', 'error', 'validationError', 'quarantined', 'unknownFutureValue'];

describe('diffModels', () => {
  it.for([
    ['operation removed', { operations: [op('GET', '/a/{id}'), op('GET', '/b')] }, { operations: [op('GET', '/b')] }, [['operation-removed', true]]],
    ['operation added (placeholder names ignored)', { operations: [op('GET', '/a/{id}')] }, { operations: [op('GET', '/a/{a-id}'), op('POST', '/a')] }, [['operation-added', false]]],
    ['success status changed', { operations: [op('POST', '/a')] }, { operations: [op('POST', '/a', { successStatus: 201 })] }, [['success-status-changed', true]]],
    ['response type changed', { operations: [op('GET', '/a', { responseType: { name: 'user', collection: false } })] }, { operations: [op('GET', '/a', { responseType: { name: 'user', collection: true } })] }, [['response-type-changed', true]]],
    ['required request field added', { operations: [op('POST', '/a')] }, { operations: [op('POST', '/a', { requestProperties: [prop('name', 'Edm.String', { description: 'Name. Required.' })] })] }, [['required-request-field-added', true]]],
    ['optional request field added', { operations: [op('POST', '/a')] }, { operations: [op('POST', '/a', { requestProperties: [prop('name', 'Edm.String', { description: 'Optional.' })] })] }, [['request-field-added', false]]],
    ['type removed', { resources: [resource('a', [])] }, {}, [['type-removed', true]]],
    ['property removed', { resources: [resource('a', [prop('x'), prop('y')])] }, { resources: [resource('A', [prop('x')])] }, [['property-removed', true]]],
    ['optional property added', { resources: [resource('a', [])] }, { resources: [resource('a', [prop('x')])] }, [['property-added', false]]],
    ['required property added', { resources: [resource('a', [])] }, { resources: [resource('a', [prop('x', 'Edm.String', { nullable: false })])] }, [['required-property-added', true]]],
    ['property type changed', { resources: [resource('a', [prop('x', 'Edm.Int32')])] }, { resources: [resource('a', [prop('x', 'Edm.Int64')])] }, [['property-type-changed', true]]],
    ['enum member removed', { enums: [enumOf('s', status)] }, { enums: [enumOf('s', status.filter((m) => m !== 'quarantined'))] }, [['enum-member-removed', true]]],
    ['evolvable enum member added', { enums: [enumOf('s', status)] }, { enums: [enumOf('s', [...status, 'archived'])] }, [['evolvable-enum-member-added', false]]],
    ['enum member added before unknownFutureValue', { enums: [enumOf('s', status)] }, { enums: [enumOf('s', ['archived', ...status])] }, [['enum-member-added', true]]],
    ['unknownFutureValue and a member after it added', { enums: [enumOf('s', status.slice(0, -1))] }, { enums: [enumOf('s', [...status, 'archived'])] }, [['evolvable-enum-member-added', false]]],
    ['nothing changed (case differences only)', { resources: [resource('userStatus', [prop('x', 'foo')])] }, { resources: [resource('userstatus', [prop('x', 'Foo')])] }, []],
  ] as const)('%s', ([, a, b, expected]) => {
    expect(kinds(a, b)).toEqual(expected);
  });

  it('counts and formats breaking and non-breaking changes', () => {
    const diff = diffModels(model({ operations: [op('GET', '/a')] }), model({ operations: [op('GET', '/b')] }));
    expect([diff.breaking, diff.nonBreaking]).toEqual([1, 1]);
    const text = formatDiffText(diff);
    expect(text).toContain('GET /a\n  BREAKING  operation-removed');
    expect(text).toContain('2 change(s): 1 breaking, 1 non-breaking');
    expect(JSON.parse(formatDiffJson(diff)).changes).toHaveLength(2);
  });
});

describe('possible values of a resource property', () => {
  const withValues = (values: string[]) => ({ resources: [resource('status', [prop('state', 'syncState', { possibleValues: values })])] });
  it('are diffed like an enum, named by type and property', () => {
    const diff = diffModels(model(withValues(['a', 'b', 'unknownFutureValue'])), model(withValues(['a', 'unknownFutureValue', 'c'])));
    expect(diff.changes.map((c) => [c.subject, c.kind, c.member, c.breaking])).toEqual([
      ['status.state', 'enum-member-removed', 'b', true],
      ['status.state', 'evolvable-enum-member-added', 'c', false],
    ]);
  });
});
