import { describe, expect, test } from 'vitest';
import { parseDoc } from '../../docs/index.js';
import { buildEnums, isEnumPage } from '../enums.js';
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

  test('an overview page is no resource', () => {
    expect(buildResource(page('resources/overview.md', '# Overview\n\nText.\n')).resource).toBeUndefined();
  });
});

describe('buildEnums', () => {
  test('"### x values" sections of an enums page, tables with and without outer pipes', () => {
    const p = page('resources/enums.md', `---\ntitle: "Enum values"\ndoc_type: enumPageType\n---\n# Enum values\n\nNamespace: microsoft.graph\n\n### educationSynchronizationStatus values\n\n| Member | Value |\n| :-- | :-- |\n| paused | 0 |\n| unknownFutureValue | 1 |\n| extra | 2 |\n\n### educationExternalSource values\n\n| Member\n|:---\n| sis\n| lms\n\n### bare values\n\nMember|Value\n---|---\nA|0\nB|1\n`);
    expect(isEnumPage(p)).toBe(true);
    expect(buildEnums(p)).toEqual([
      { name: 'educationSynchronizationStatus', members: ['paused', 'unknownFutureValue', 'extra'], evolvableFrom: 1, source: { file: 'resources/enums.md', line: 9 } },
      { name: 'educationExternalSource', members: ['sis', 'lms'], source: { file: 'resources/enums.md', line: 17 } },
      { name: 'bare', members: ['A', 'B'], source: { file: 'resources/enums.md', line: 24 } },
    ]);
  });

  test('resource pages may document enums inline; other tables are not enums', () => {
    const p = page('resources/printer.md', `# printer resource type\n\n## Properties\n| Property | Type | Description |\n|:--|:--|:--|\n| quality | printQuality | Q. |\n\n### printQuality values\n\n|Member|Description|\n|:--|:--|\n|low|Low.|\n|high|High.|\n`);
    expect(isEnumPage(p)).toBe(false);
    expect(buildEnums(p)).toEqual([{ name: 'printQuality', members: ['low', 'high'], source: { file: 'resources/printer.md', line: 8 } }]);
  });

  test('an "x enum type" page, and sub-namespaces from the Namespace line', () => {
    const p = page('resources/enums-callrecords.md', `---\ntitle: "clonableTeamParts enum type"\ndoc_type: enumPageType\n---\n# clonableTeamParts enum type\n\nNamespace: microsoft.graph.callRecords\n\n## Members\n\n|Member|Value|Description|\n|:--|:--|:--|\n|apps|1|Apps.|\n|tabs|2|Tabs.|\n`);
    expect(buildEnums(p)).toEqual([{ name: 'callRecords.clonableTeamParts', members: ['apps', 'tabs'], source: { file: 'resources/enums-callrecords.md', line: 11 } }]);
  });
});
