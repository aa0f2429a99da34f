import { describe, expect, test } from 'vitest';
import type { Table } from '../../docs/types.js';
import { parsePropertyTable, propertyColumns } from '../propertyTable.js';

function table(header: string[], rows: string[][]): Table {
  return { header, line: 25, section: 0, rows: rows.map((cells, i) => ({ cells, line: 27 + i })) };
}

describe('parsePropertyTable', () => {
  test('resource properties with bold names, enums and hints (seed resource)', () => {
    const t = table(['Property', 'Type', 'Description'], [
      ['**status**', 'educationSynchronizationStatus', 'The status of a sync. Possible values are: `paused`, `inProgress`.'],
      ['**lastSynchronizationDateTime**', 'DateTimeOffset', 'Represents the time. Read-only. Not nullable.'],
      ['tags', 'String collection', ''],
    ]);
    const { properties, diagnostics } = parsePropertyTable(t, 'resources/r.md', false);
    expect(diagnostics).toEqual([]);
    expect(properties).toEqual([
      { name: 'status', type: { name: 'educationSynchronizationStatus', collection: false }, description: 'The status of a sync. Possible values are: paused, inProgress.',
        possibleValues: ['paused', 'inProgress'], nullable: true, readOnly: false, navigation: false, source: { file: 'resources/r.md', line: 27 } },
      { name: 'lastSynchronizationDateTime', type: { name: 'Edm.DateTimeOffset', collection: false }, description: 'Represents the time. Read-only. Not nullable.',
        nullable: false, readOnly: true, navigation: false, source: { file: 'resources/r.md', line: 28 } },
      { name: 'tags', type: { name: 'Edm.String', collection: true }, description: '', nullable: true, readOnly: false, navigation: false, source: { file: 'resources/r.md', line: 29 } },
    ]);
  });

  test('relationships are navigation; "Inherited from [entity]" is recorded', () => {
    expect(propertyColumns(table(['Method', 'Return Type', 'Description'], []))).toBeUndefined();
    const rel = table(['Relationship', 'Type', 'Description'], [
      ['members', '[directoryObject](directoryobject.md) collection', 'Members. Read-only.'],
      ['id', 'String', '**TODO: Add Description** Inherited from [entity](../resources/entity.md)'],
    ]);
    const { properties } = parsePropertyTable(rel, 'resources/g.md', true);
    expect(properties[0]).toMatchObject({ name: 'members', navigation: true, type: { name: 'directoryObject', collection: true } });
    expect(properties[1]).toMatchObject({ name: 'id', inheritedFrom: 'entity' });
  });

  test('a row without a readable type is a diagnostic at its line', () => {
    const t = table(['Parameter', 'Type', 'Description'], [['x', '<ul><li>a</li></ul>', ''], ['**Group label**']]);
    const r = parsePropertyTable(t, 'api/p.md', false);
    expect(r.properties).toEqual([]);
    expect(r.diagnostics.map((d) => [d.rule, d.source.line])).toEqual([['property-row-unreadable', 27]]);
  });
});

describe('inherited from', () => {
  test.for([
    ['Inherited from [entity](../resources/entity.md).', 'entity'],
    ['Inherited from [**base**](base.md)', 'base'],
    ['Inherited from [base].', '[base]'],
    ['inherited from microsoft.graph.base,', 'microsoft.graph.base'],
    ['Inherited from [deviceManagementSettingInstance](../resources/intune-deviceconfigv2-devicemanagementsettinginstance.md)', 'deviceManagementSettingInstance'],
  ] as const)('%s', ([description, base]) => {
    const t = { header: ['Property', 'Type', 'Description'], line: 1, section: 0, rows: [{ cells: ['id', 'String', description], line: 3 }] };
    expect(parsePropertyTable(t, 'resources/r.md', false).properties[0]?.inheritedFrom).toBe(base);
  });
});
