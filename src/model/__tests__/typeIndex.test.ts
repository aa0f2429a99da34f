import { describe, expect, test } from 'vitest';
import { parseDoc } from '../../docs/index.js';
import { buildModel } from '../build.js';

const table = (title: string, rows: string[]) => `## ${title}\n|Property|Type|Description|\n|:---|:---|:---|\n${rows.join('\n')}\n`;

describe('a type documented on two pages', () => {
  // user.md and intune-shared-user.md both document `user`; only the Intune page has its Intune relationships.
  const pages = (other: string) => [
    { file: 'resources/user.md', text: `# user resource type\n\n${table('Properties', ['|displayName|String|Name.|', '|deviceEnrollmentLimit|Int32|Limit.|'])}` },
    { file: other, text: `# user resource type\n\n${table('Properties', ['|id|String|Key.|', '|DisplayName|String|Name.|', '|deviceEnrollmentLimit|Int32|Intune limit.|'])}\n${table('Relationships', ['|managedDevices|[managedDevice](../resources/intune-devices-manageddevice.md) collection|Devices.|'])}` },
  ];

  // The other page sorting before and after user.md: the page used is found first, and found second.
  test.for(['resources/intune-shared-user.md', 'resources/windows-user.md'])('the page named after the type is used and takes the properties only %s documents', (other) => {
    const model = buildModel(pages(other).map(parseDoc));
    const user = model.resources['user'];
    expect(user?.source.file).toBe('resources/user.md');
    expect(user?.properties.map((p) => [p.name, p.source.file, p.source.line, p.navigation])).toEqual([
      ['displayName', 'resources/user.md', 6, false],
      ['deviceEnrollmentLimit', 'resources/user.md', 7, false],
      ['id', other, 6, false],
      ['managedDevices', other, 13, true],
    ]);
    const twice = model.diagnostics.filter((d) => d.rule === 'type-defined-twice');
    expect(twice.map((d) => [d.source.file, d.source.line, d.related?.[0]?.file, d.message])).toEqual([
      [other, 1, 'resources/user.md', 'Type user is also documented at resources/user.md, which is used; the 2 properties only this page documents are added to it: `id`, `managedDevices`.'],
    ]);
  });
});
