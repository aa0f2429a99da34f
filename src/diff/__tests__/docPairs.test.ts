import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocFile } from '../../docs/types.js';
import { buildFromFiles } from '../../pipeline.js';
import { diffModels } from '../index.js';

const root = new URL('../../../contracts/docs/', import.meta.url).pathname;
const seeds: DocFile[] = ['api', 'resources'].flatMap((dir) =>
  readdirSync(join(root, dir)).map((f) => ({ file: `${dir}/${f}`, text: readFileSync(join(root, dir, f), 'utf8') })),
);
const RESOURCE = 'resources/educationsynchronizationprofilestatus.md';
const STATUS_LIST = '`paused`, `inProgress`, `success`, `error`, `quarantined`, `validationError`.';

/** The seeds with one page edited (`replace` must match) or removed (`edit` returns undefined). */
function edited(file: string, edit: (text: string) => string | undefined): DocFile[] {
  return seeds.flatMap((d) => {
    if (d.file !== file) return [d];
    const text = edit(d.text);
    return text === undefined ? [] : [{ file, text }];
  });
}
function replace(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`test edit does not apply: ${from}`);
  return text.replace(from, to);
}
const changesOf = (next: DocFile[]) => diffModels(buildFromFiles(seeds, 'old').model, buildFromFiles(next, 'new').model).changes;

describe('diff of seed doc versions', () => {
  it('finds no change between identical docs', () => {
    expect(changesOf(seeds)).toEqual([]);
  });

  it('adding members after unknownFutureValue to the status resource is non-breaking', () => {
    const changes = changesOf(edited(RESOURCE, (t) => replace(t, STATUS_LIST, STATUS_LIST.replace('.', ', `unknownFutureValue`, `archived`.'))));
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.filter((c) => c.breaking)).toEqual([]);
    expect(changes.some((c) => c.kind === 'evolvable-enum-member-added' && c.member === 'archived')).toBe(true);
  });

  it('removing quarantined from the status resource is breaking', () => {
    const changes = changesOf(edited(RESOURCE, (t) => replace(t, '`quarantined`, ', '')));
    expect(changes.find((c) => c.kind === 'enum-member-removed')).toMatchObject({ breaking: true, member: 'quarantined' });
  });

  it.for([
    ['operation-removed', true, () => edited('api/educationsynchronizationprofilestatus-post.md', () => undefined)],
    ['operation-added', false, () => [...seeds, { file: 'api/educationsynchronizationprofilestatus-delete.md', text: deletePage }]],
    ['success-status-changed', true, () => edited('api/educationsynchronizationprofilestatus-get.md', (t) => replace(t, 'returns a `200 OK` response code', 'returns a `202 Accepted` response code').replace('HTTP/1.1 200 OK', 'HTTP/1.1 202 Accepted'))],
    // Removed from the table and the JSON representation: the model reads properties from both.
    ['property-removed', true, () => edited(RESOURCE, (t) => replace(replace(t, /\n\| \*\*lastSynchronizationDateTime\*\*.*\n/.exec(t)![0], '\n'), ',\n    "lastSynchronizationDateTime": "DateTimeOffset"', ''))],
    ['property-added', false, () => edited(RESOURCE, (t) => replace(t, '| **lastSynchronizationDateTime**', '| **errorCount** | Int32 | Number of errors. |\n| **lastSynchronizationDateTime**'))],
    ['property-type-changed', true, () => edited(RESOURCE, (t) => replace(t, '| DateTimeOffset | Represents', '| String | Represents'))],
    ['required-request-field-added', true, () => edited('api/educationsynchronizationprofilestatus-post.md', (t) => replace(t, '|lastSynchronizationDateTime|DateTimeOffset|**TODO: Add Description**|', '|lastSynchronizationDateTime|DateTimeOffset|**TODO: Add Description**|\n|displayName|String|Display name. Required.|'))],
    ['request-field-added', false, () => edited('api/educationsynchronizationprofilestatus-post.md', (t) => replace(t, '|lastSynchronizationDateTime|DateTimeOffset|**TODO: Add Description**|', '|lastSynchronizationDateTime|DateTimeOffset|**TODO: Add Description**|\n|note|String|A note. Optional.|'))],
  ] as const)('%s (breaking: %s)', ([kind, breaking, next]) => {
    const changes = changesOf(next());
    expect(changes.map((c) => [c.kind, c.breaking])).toContainEqual([kind, breaking]);
  });
});

const deletePage = [
  '# Delete profileStatus',
  '## Permissions',
  '|Permission type|Permissions|',
  '|:---|:---|',
  '|Application|EduAdministration.ReadWrite.All|',
  '## HTTP request',
  '```http',
  'DELETE /education/synchronizationProfiles/{id}/profileStatus',
  '```',
  '## Response',
  'If successful, this method returns a `204 No Content` response code.',
  '',
].join('\n');
