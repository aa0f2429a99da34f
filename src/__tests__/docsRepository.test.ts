import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { c as tarCreate } from 'tar';
import { beforeAll, describe, expect, test } from 'vitest';
import { readContractSet, renderArtifacts, writeArtifacts } from '../contracts/artifacts/index.js';
import type { Contract } from '../contracts/types.js';
import { buildFromDocs, type Build } from '../pipeline.js';
import { compileAll } from '../schemas/index.js';

/** A docs-repository-shaped tree: `api-reference/beta` and `api-reference/v1.0`, with includes. */
const REPO = resolve(import.meta.dirname, '__fixtures__/graph-docs-repo');

let build: Build;
const byId = (id: string): Contract => build.set.contracts.find((c) => c.id === id)!;
beforeAll(async () => {
  build = await buildFromDocs(REPO);
});

describe('the docs repository with both API versions', () => {
  test('each version is built from its own pages: same page names, contracts and schemas kept apart', () => {
    expect(build.versions.map((v) => [v.version, v.pages.map((p) => p.kind).sort().join()])).toEqual([
      ['beta', 'api,api,include,resource'],
      ['v1.0', 'api,api,api,include,include,resource'],
    ]);
    expect(build.set.contracts.map((c) => [c.id, c.operation.version, c.page]).sort()).toEqual([
      ['beta/user-delete', 'beta', 'beta/api/user-delete.md'],
      ['beta/user-get', 'beta', 'beta/api/user-get.md'],
      ['v1.0/user-delete', 'v1.0', 'v1.0/api/user-delete.md'],
      ['v1.0/user-get', 'v1.0', 'v1.0/api/user-get.md'],
      ['v1.0/user-update', 'v1.0', 'v1.0/api/user-update.md'],
    ]);
    expect(Object.keys(build.set.schemas).sort()).toEqual(['beta/user.schema.json', 'v1.0/user.schema.json']);
    const properties = (file: string) => Object.keys(build.set.schemas[file]!.properties as object).sort();
    expect(properties('beta/user.schema.json')).toContain('employeeType');
    expect(properties('v1.0/user.schema.json')).not.toContain('employeeType');
    expect(byId('beta/user-get').response.schema).toBe('beta/user.schema.json');
    expect(byId('v1.0/user-get').response.schema).toBe('v1.0/user.schema.json');
    expect(compileAll(build.set.schemas)).toEqual([]);
  });

  test('each version keeps its own permissions: the older two-column table in beta, three-column includes in v1.0', () => {
    expect(byId('beta/user-get').permissions).toMatchObject({ delegatedWork: ['User.Read', 'User.ReadWrite', 'User.Read.All'], source: { file: 'beta/api/user-get.md' } });
    expect(byId('v1.0/user-get').permissions).toMatchObject({ delegatedWork: expect.arrayContaining(['User.Read', 'Directory.ReadWrite.All']), source: { file: 'v1.0/includes/permissions/user-get-permissions.md' } });
    expect(byId('beta/user-delete').permissions).toMatchObject({ delegatedWork: ['User.DeleteRestore.All', 'User.ReadWrite.All'], delegatedPersonal: null });
    expect(byId('v1.0/user-delete').permissions).toMatchObject({ delegatedWork: ['User.ReadWrite.All'], delegatedPersonal: null });
  });

  test('pages outside api-reference (conceptual pages, repository-wide notices) and SDK snippets are not read', () => {
    expect(build.pages.map((p) => p.file).filter((f) => !/^(beta|v1\.0)\//.test(f))).toEqual([]);
    expect(build.pages.some((p) => p.file.includes('snippets'))).toBe(false);
  });

  test('a .tar.gz of the repository, and one version folder, build the same as the folders', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gc-repo-tar-'));
    const tarball = join(dir, 'microsoft-graph-docs-contrib.tar.gz');
    await tarCreate({ gzip: true, file: tarball, cwd: resolve(REPO, '..'), portable: true }, ['graph-docs-repo']);
    expect((await buildFromDocs(tarball, 'graph-docs-repo')).set).toEqual(build.set);
    const v1 = await buildFromDocs(join(REPO, 'api-reference/v1.0'));
    expect(v1.set.contracts.map((c) => c.id).sort()).toEqual(['user-delete', 'user-get', 'user-update']);
    expect(v1.set.contracts.every((c) => c.operation.version === 'v1.0')).toBe(true);
    expect(Object.keys(v1.set.schemas)).toEqual(['user.schema.json']);
  });

  test('artifacts go to version folders and read back as the same set', async () => {
    const out = mkdtempSync(join(tmpdir(), 'gc-repo-out-'));
    const files = renderArtifacts(build.set);
    expect([...files.keys()].sort()).toEqual([
      'contracts/beta/user-delete.contract.json',
      'contracts/beta/user-get.contract.json',
      'contracts/diagnostics.json',
      'contracts/v1.0/user-delete.contract.json',
      'contracts/v1.0/user-get.contract.json',
      'contracts/v1.0/user-update.contract.json',
      'schemas/beta/index.json',
      'schemas/beta/user.schema.json',
      'schemas/v1.0/index.json',
      'schemas/v1.0/user.schema.json',
    ]);
    await writeArtifacts(out, files);
    expect(await readContractSet(join(out, 'contracts'), join(out, 'schemas'))).toEqual(JSON.parse(JSON.stringify(build.set)));
  });
});

describe('lint over the docs repository', () => {
  test('include-based permissions are not "missing"; each version is judged by its own model', async () => {
    const { lintDocs } = await import('../lint/index.js');
    const { findings } = lintDocs({ pages: build.pages, model: build.model, diagnostics: build.set.diagnostics, versions: build.versions });
    expect(findings.filter((f) => f.rule === 'permissions-missing')).toEqual([]);
    expect(findings.filter((f) => f.rule === 'include-missing').map((f) => `${f.source.file}:${f.source.line}`)).toEqual(['v1.0/api/user-update.md:24']);
    // v1.0's GET example (not truncated) lacks accountEnabled: only v1.0's own model sees that page's operation.
    const missing = (versions: typeof build.versions) =>
      lintDocs({ pages: build.pages, model: build.model, versions }).findings.filter((f) => f.rule === 'resource-property-missing-from-example').map((f) => f.source.file);
    expect(missing(build.versions)).toEqual(['v1.0/api/user-get.md']);
    expect(missing([{ pages: build.pages, model: build.versions[0]!.model }])).toEqual([]);
  });
});
