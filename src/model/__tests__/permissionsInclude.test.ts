import { resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parseDoc, readDocs } from '../../docs/index.js';
import type { DocPage } from '../../docs/types.js';
import { buildModel } from '../build.js';
import type { ApiModel, Operation } from '../types.js';

/** One version folder of the docs repository fixture: pages in the format of 2024 on. */
const V1 = resolve(import.meta.dirname, '../../__tests__/__fixtures__/graph-docs-repo/api-reference/v1.0');

let pages: DocPage[];
let model: ApiModel;
const op = (id: string): Operation => model.operations.find((o) => o.id === id)!;
beforeAll(async () => {
  pages = (await readDocs(V1)).files.map(parseDoc);
  model = buildModel(pages);
});

describe('permissions from includes (the page format of 2024 on)', () => {
  test('a `permissions` annotation before the include: the three-column table, least privileged first', () => {
    expect(op('user-get').permissions).toEqual({
      delegatedWork: ['User.Read', 'User.ReadWrite', 'User.ReadBasic.All', 'User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'],
      delegatedPersonal: ['User.Read', 'User.ReadWrite'],
      application: ['User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'],
      source: { file: 'includes/permissions/user-get-permissions.md', line: 7 },
    });
  });

  test('an `ignored` annotation with a name, an include without front matter: "Not available." adds nothing, "Not supported." is null', () => {
    expect(op('user-delete').permissions).toEqual({
      delegatedWork: ['User.ReadWrite.All'],
      delegatedPersonal: null,
      application: ['User.ReadWrite.All'],
      source: { file: 'includes/permissions/user-delete-permissions.md', line: 1 },
    });
  });

  test('a missing include: a warning at page:line naming the include path; permissions unknown, nothing else lost', () => {
    const missing = model.diagnostics.filter((d) => d.rule === 'include-missing');
    expect(missing).toEqual([
      expect.objectContaining({
        severity: 'warning',
        source: { file: 'api/user-update.md', line: 24 },
        message: expect.stringContaining('`../includes/permissions/user-update-permissions.md` (includes/permissions/user-update-permissions.md) is not in the docs'),
      }),
    ]);
    expect(op('user-update').permissions).toEqual({ delegatedWork: [], delegatedPersonal: [], application: [] });
    expect(op('user-update').examples).toHaveLength(1);
  });

  test('the annotations are known, and label the include instead of warning that no code block follows', () => {
    const rules = pages.flatMap((p) => p.diagnostics.map((d) => d.rule));
    expect(rules).not.toContain('annotation-unknown-block-type');
    expect(rules).not.toContain('annotation-without-block');
    const get = pages.find((p) => p.file === 'api/user-get.md')!;
    expect(get.includes.find((i) => i.text === 'permissions-table')?.annotation?.value).toEqual({ blockType: 'permissions', name: 'user_get' });
  });

  test('an include with no permissions table, and one above the docs folder, are diagnostics naming the path', () => {
    const page = (file: string, text: string) => parseDoc({ file, text });
    const api = (target: string) =>
      page('api/thing-get.md', `# Get thing\n\n## Permissions\n\n<!-- { "blockType": "permissions", "name": "thing_get" } -->\n[!INCLUDE [permissions-table](${target})]\n\n## HTTP request\n\n\`\`\`http\nGET /things/{id}\n\`\`\`\n`);
    const built = buildModel([api('../includes/permissions/thing-get-permissions.md'), page('includes/permissions/thing-get-permissions.md', 'Ask your admin.\n')]);
    expect(built.diagnostics.filter((d) => d.rule.startsWith('include-')).map((d) => [d.rule, `${d.source.file}:${d.source.line}`])).toEqual([['include-unreadable', 'api/thing-get.md:6']]);
    const outside = buildModel([api('../../includes/permissions/thing-get-permissions.md')]);
    expect(outside.diagnostics.find((d) => d.rule === 'include-missing')?.message).toContain('outside the docs folder');
  });

  test('includes without API meaning are not read: snippets, national clouds, role notes', () => {
    expect(pages.map((p) => p.file)).not.toContain('includes/snippets/csharp/get-user-csharp-snippets.md');
    expect(model.diagnostics.filter((d) => d.rule.startsWith('include-')).map((d) => d.source.file)).toEqual(['api/user-update.md']);
  });
});
