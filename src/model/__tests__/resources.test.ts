import { describe, expect, test } from 'vitest';
import { parseDoc } from '../../docs/index.js';
import { buildResource } from '../resources.js';

const F = '```';
const page = (file: string, text: string) => parseDoc({ file, text });

describe('buildResource', () => {
  test('properties, relationships, annotation facts and inheritance', () => {
    const p = page('resources/group.md', `# group resource type

Inherits from [directoryObject](directoryobject.md).

## Properties
| Property | Type | Description |
|:--|:--|:--|
| displayName | String | The name. Required. |
| groupTypes | String collection | Types. |

## Relationships
| Relationship | Type | Description |
|:--|:--|:--|
| members | [directoryObject](directoryobject.md) collection | Members. Read-only. |

## JSON representation
<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.group", "baseType": "microsoft.graph.directoryObject", "keyProperty": "id", "openType": true } -->
${F}json
{ "displayName": "string" }
${F}
`);
    const { resource, diagnostics } = buildResource(p);
    expect(diagnostics).toEqual([]);
    expect(resource).toMatchObject({ name: 'group', kind: 'entity', baseType: 'directoryObject', keyProperty: 'id', openType: true, source: { file: 'resources/group.md', line: 1 } });
    expect(resource?.properties.map((x) => [x.name, x.type.name, x.type.collection, x.navigation, x.nullable, x.readOnly, x.source.line])).toEqual([
      ['displayName', 'Edm.String', false, false, false, false, 8],
      ['groupTypes', 'Edm.String', true, false, true, false, 9],
      ['members', 'directoryObject', true, true, true, true, 14],
    ]);
  });

  test('"Inherits from" prose gives the base type when the annotation does not; the title gives the name', () => {
    const p = page('resources/aadUserConversationMember.md', `# aadUserConversationMember resource type\n\nThis type inherits from [conversationMember](conversationmember.md).\n\n## Properties\n| Property | Type | Description |\n|:--|:--|:--|\n| userId | String | The user. |\n`);
    const { resource, diagnostics } = buildResource(p);
    expect(resource).toMatchObject({ name: 'aadUserConversationMember', baseType: 'conversationMember', kind: 'complex' });
    expect(diagnostics.map((d) => d.rule)).toEqual(['resource-annotation-missing']);
  });

  describe('prose and annotation naming the base type', () => {
    const resourcePage = (prose: string, baseType?: string) =>
      page('resources/thing.md', `# thing resource type\n\n${prose}\n\n## Properties\n| Property | Type | Description |\n|:--|:--|:--|\n| id | String | Key. |\n\n## JSON representation\n<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.thing"${baseType ? `, "baseType": "${baseType}"` : ''} } -->\n${F}json\n{ "id": "String" }\n${F}\n`);
    const built = (prose: string, baseType?: string) => {
      const { resource, diagnostics } = buildResource(resourcePage(prose, baseType));
      return { baseType: resource?.baseType, rules: diagnostics.map((d) => d.rule), lines: diagnostics.map((d) => d.source.line) };
    };

    test('an annotation saying only entity yields to a base the prose links, reported at the prose line', () => {
      expect(built('Inherits from [directoryObject](directoryobject.md).', 'microsoft.graph.entity')).toEqual({ baseType: 'directoryObject', rules: ['base-type-disagrees'], lines: [3] });
      expect(built('Represents an operation. Derived from [printOperation](printoperation.md).', 'microsoft.graph.entity')).toEqual({ baseType: 'printOperation', rules: ['base-type-disagrees'], lines: [3] });
    });

    test('another spelling of the annotated base (namespace, words, an unlinked word) keeps the annotation, unreported', () => {
      expect(built('Inherits from [endpoint](callrecords-endpoint.md).', 'microsoft.graph.callRecords.endpoint')).toEqual({ baseType: 'callRecords.endpoint', rules: [], lines: [] });
      expect(built('Inherits from [Conditional Access Session Control](conditionalaccesssessioncontrol.md).', 'microsoft.graph.conditionalAccessSessionControl')).toEqual({ baseType: 'conditionalAccessSessionControl', rules: [], lines: [] });
      expect(built('It inherits from the listener type.', 'microsoft.graph.entity')).toEqual({ baseType: 'entity', rules: [], lines: [] });
    });

    test('"Derived from" gives the base only opening a sentence about the type, before a linked or bold name', () => {
      expect(built('Derived from [place](place.md).')).toMatchObject({ baseType: 'place', rules: [] });
      expect(built('Represents a room. This resource type is derived from **place**.')).toMatchObject({ baseType: 'place' });
      expect(built('It is derived from [baseItem](baseitem.md).')).toMatchObject({ baseType: 'baseItem' });
      expect(built('The score is derived from the signals seen.')).toMatchObject({ baseType: undefined });
      expect(built('Its value is derived from **baseItem**.')).toMatchObject({ baseType: undefined });
      // The types derived from this one, listed on its own page (activitystatistics.md).
      expect(built('The following types of statistics are derived from **thing**:')).toMatchObject({ baseType: undefined });
      expect(built('Other types inherit from it. Inherits from [thing](thing.md).')).toMatchObject({ baseType: undefined });
    });
  });

  test('a table right under the title; JSON-only properties are taken from the representation, each reported', () => {
    const p = page('resources/score.md', `# score resource type

|Property |Type |Description |
|:--|:--|:--|
|\tbasis\t|\tString\t|\tScope.\t|

## JSON representation
<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.score" } -->
${F}json
{
  "basis": "String",
  "seenAt": "String (timestamp)",
  "owner": {"@odata.type": "microsoft.graph.identitySet"},
  "tags": ["String"],
  "colour": "Red"
}
${F}
`);
    const { resource, diagnostics } = buildResource(p);
    expect(resource?.properties.map((x) => [x.name, x.type.name, x.type.collection, x.source.line])).toEqual([
      ['basis', 'Edm.String', false, 5],
      ['seenAt', 'Edm.DateTimeOffset', false, 12],
      ['owner', 'identitySet', false, 13],
      ['tags', 'Edm.String', true, 14],
    ]);
    expect(diagnostics.map((d) => `${d.rule}@${d.source.line}`)).toEqual(['resource-property-only-in-json@12', 'resource-property-only-in-json@13', 'resource-property-only-in-json@14']);
  });

  // printusagebyprinter.md:30/51 (`printerID` in the table, `printerId` in the JSON); workbookrangeview.md:56 (`"Json"`).
  test('a name the table and the JSON spell with different case is reported, the table kept; "Json" values name the Json type', () => {
    const p = page('resources/printusagebyprinter.md', `# printUsageByPrinter resource type

## Properties
| Property | Type | Description |
|:--|:--|:--|
|printerID|String|The printer.|

## JSON representation
<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.printUsageByPrinter" } -->
${F}json
{
  "printerId": "String (identifier)",
  "cellAddresses": "Json"
}
${F}
`);
    const { resource, diagnostics } = buildResource(p);
    expect(resource?.properties.map((x) => [x.name, x.type.name, x.source.line])).toEqual([['printerID', 'Edm.String', 6], ['cellAddresses', 'Json', 13]]);
    expect(diagnostics.map((d) => [d.rule, d.source.line, d.related?.[0]?.line])).toEqual([
      ['resource-property-case-differs', 12, 6],
      ['resource-property-only-in-json', 13, undefined],
    ]);
    expect(diagnostics[0]?.message).toBe("The JSON representation spells `printerId`, the properties table `printerID`; the table's spelling is used.");
  });

  test('an overview page is no resource', () => {
    expect(buildResource(page('resources/overview.md', '# Overview\n\nText.\n')).resource).toBeUndefined();
  });
});
