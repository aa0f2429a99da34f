import { describe, expect, test } from 'vitest';
import { parseDoc } from '../../docs/index.js';
import { buildEnums, isEnumPage } from '../enums.js';

const page = (file: string, text: string) => parseDoc({ file, text });
const at = (ds: { rule: string; source: { file: string; line: number } }[]) => ds.map((d) => `${d.rule}@${d.source.file}:${d.source.line}`);

describe('buildEnums', () => {
  test('"### x values" sections of an enums page, tables with and without outer pipes; the "# Enum values" title is no enum', () => {
    const p = page('resources/enums.md', `---\ntitle: "Enum values"\ndoc_type: enumPageType\n---\n# Enum values\n\nNamespace: microsoft.graph\n\n### educationSynchronizationStatus values\n\n| Member | Value |\n| :-- | :-- |\n| paused | 0 |\n| unknownFutureValue | 1 |\n| extra | 2 |\n\n### educationExternalSource values\n\n| Member\n|:---\n| sis\n| lms\n\n### bare values\n\nMember|Value\n---|---\nA|0\nB|1\n`);
    expect(isEnumPage(p)).toBe(true);
    expect(buildEnums(p)).toEqual({
      enums: [
        { name: 'educationSynchronizationStatus', members: ['paused', 'unknownFutureValue', 'extra'], evolvableFrom: 1, source: { file: 'resources/enums.md', line: 9 } },
        { name: 'educationExternalSource', members: ['sis', 'lms'], source: { file: 'resources/enums.md', line: 17 } },
        { name: 'bare', members: ['A', 'B'], source: { file: 'resources/enums.md', line: 24 } },
      ],
      diagnostics: [],
    });
  });

  test('resource pages may document enums inline; other tables are not enums', () => {
    const p = page('resources/printer.md', `# printer resource type\n\n## Properties\n| Property | Type | Description |\n|:--|:--|:--|\n| quality | printQuality | Q. |\n\n### printQuality values\n\n|Member|Description|\n|:--|:--|\n|low|Low.|\n|high|High.|\n`);
    expect(isEnumPage(p)).toBe(false);
    expect(buildEnums(p)).toEqual({ enums: [{ name: 'printQuality', members: ['low', 'high'], source: { file: 'resources/printer.md', line: 8 } }], diagnostics: [] });
  });

  test('an "x enum type" page, and sub-namespaces from the Namespace line', () => {
    const p = page('resources/enums-callrecords.md', `---\ntitle: "clonableTeamParts enum type"\ndoc_type: enumPageType\n---\n# clonableTeamParts enum type\n\nNamespace: microsoft.graph.callRecords\n\n## Members\n\n|Member|Value|Description|\n|:--|:--|:--|\n|apps|1|Apps.|\n|tabs|2|Tabs.|\n`);
    expect(buildEnums(p).enums).toEqual([{ name: 'callRecords.clonableTeamParts', members: ['apps', 'tabs'], source: { file: 'resources/enums-callrecords.md', line: 11 } }]);
  });

  // teamvisibilitytype.md: `title: "Members"`; the H1 names the enum.
  test('an enum page whose front matter title is not its name takes the name from the H1', () => {
    const p = page('resources/teamvisibilitytype.md', `---\ntitle: "Members"\ndoc_type: enumPageType\n---\n\n# teamVisibilityType enum type\n\nNamespace: microsoft.graph\n\n## Members\n\n| Member | Value| Description |\n|:---------------|:--------|:----------|\n|private|0|Owner adds.|\n|public|1|Anyone joins.|\n`);
    expect(buildEnums(p).enums).toEqual([{ name: 'teamVisibilityType', members: ['private', 'public'], source: { file: 'resources/teamvisibilitytype.md', line: 12 } }]);
  });

  // teamsasyncoperationstatus.md: an "enum type" page filed as `doc_type: resourcePageType`.
  test('an "x enum type" title makes an enum page whatever its doc_type', () => {
    const p = page('resources/teamsasyncoperationstatus.md', `---\ntitle: "teamsAsyncOperationStatus enum type"\ndoc_type: resourcePageType\n---\n\n# teamsAsyncOperationStatus enum type\n\n## Members\n\n| Member | Value| Description |\n|:---------------|:--------|:----------|\n|invalid|0|Invalid value.|\n|notStarted|1|Not started.|\n`);
    expect(isEnumPage(p)).toBe(true);
    expect(buildEnums(p).enums.map((e) => [e.name, e.members])).toEqual([['teamsAsyncOperationStatus', ['invalid', 'notStarted']]]);
  });

  // printercapabilities.md:142: a "values" table of free-text media names; enums.md: a heading with a prose list.
  test('rows that name no member, repeated members and a values heading without a Member table are reported at their lines', () => {
    const p = page('resources/printercapabilities.md', `# printerCapabilities resource type\n\n### mediaSizes values\n\n|Value|\n|:---|\n|A3|\n|JIS B4|\n|A3|\n|   |\n\n### printFinishing values\n\nOne of: none, staple.\n`);
    const built = buildEnums(p);
    expect(built.enums).toEqual([{ name: 'mediaSizes', members: ['A3'], source: { file: 'resources/printercapabilities.md', line: 3 } }]);
    expect(at(built.diagnostics)).toEqual([
      'enum-member-unreadable@resources/printercapabilities.md:8',
      'enum-member-duplicate@resources/printercapabilities.md:9',
      'enum-table-missing@resources/printercapabilities.md:12',
    ]);
    expect(built.diagnostics[0]?.message).toBe('Row of the mediaSizes member table names no member ("JIS B4"); left out.');
  });
});
