import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { c as tarCreate } from 'tar';
import { beforeAll, describe, expect, test } from 'vitest';
import { readContractSet, renderArtifacts, writeArtifacts } from '../contracts/artifacts/index.js';
import type { Contract } from '../contracts/types.js';
import { CONTRACT_HEADER, SEED_ID, startMockServer } from '../mock/index.js';
import { buildFromDocs, type Build } from '../pipeline.js';
import type { OpenTarget } from '../runner/targets.js';
import { runContracts } from '../runner/runContracts.js';
import { compileAll, createSchemaValidator } from '../schemas/index.js';

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

  test('a run sends each contract to its own version, and passes both', async () => {
    const seen: string[] = [];
    const open: OpenTarget = async (_kind, set) => {
      const mock = await startMockServer(set, { port: 0, onExchange: (req) => seen.push(`${req.method} ${req.url.split('?')[0]}`) });
      return { baseUrl: mock.url, headers: { Authorization: 'Bearer graph-contracts-mock' }, contractHeader: CONTRACT_HEADER, fixtures: { default: SEED_ID }, close: () => mock.close() };
    };
    const result = await runContracts({ docs: REPO, reportsDir: mkdtempSync(join(tmpdir(), 'gc-repo-run-')), open, maxWorkers: 1 });
    const { summary, cases } = result.run;
    expect(summary.failed).toBe(0);
    expect(summary.errors ?? 0).toBe(0);
    expect(new Set(cases.map((c) => c.contractId))).toEqual(new Set(build.set.contracts.map((c) => c.id)));
    // Each request went to its contract's version (the beta GET twice: its enum is evolvable, so once with Prefer).
    const sent = new Set(seen.map((s) => s.replace(/^(\w+) \/([^/]+)\/.*$/, '$1 $2')));
    expect(sent).toEqual(new Set(build.set.contracts.map((c) => `${c.request.method} ${c.operation.version}`)));
  });

  test('the mock answers each version from its own pages only', async () => {
    const mock = await startMockServer(build.set, { port: 0 });
    try {
      const send = (method: string, version: string, id = '87d349ed-44d7-43e1-9a83-5f2406dee5bd') =>
        fetch(`${mock.url}/${version}/users/${id}`, { method, headers: { Authorization: 'Bearer x', 'content-type': 'application/json' }, ...(method === 'PATCH' ? { body: '{"displayName":"A"}' } : {}) });
      const v1 = await send('GET', 'v1.0');
      expect(v1.status).toBe(200);
      expect(createSchemaValidator(build.set.schemas).validate('v1.0/user.schema.json', await v1.json())).toEqual([]);
      expect((await send('PATCH', 'v1.0')).status).toBe(204);
      // Only the v1.0 pages document PATCH /users/{id}.
      const beta = await send('PATCH', 'beta', 'someone');
      expect(beta.status).toBe(405);
      expect(beta.headers.get('allow')).toBe('DELETE, GET');
      // The permissions include says "Not supported." for personal accounts: a personal token is refused.
      const jwt = (claims: object) => `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.`;
      const del = (claims: object) => fetch(`${mock.url}/v1.0/users/ba9a3254-9f18-4209-aeb3-9e42a35b5be4`, { method: 'DELETE', headers: { Authorization: `Bearer ${jwt(claims)}` } });
      const personal = await del({ scp: 'User.Read', tid: '9188040d-6c67-4c5b-b112-36a304b66dad' });
      expect(personal.status).toBe(403);
      expect(JSON.stringify(await personal.json())).toContain('Delegated (personal Microsoft account) permissions are not supported');
      expect((await del({ scp: 'User.ReadWrite.All', tid: 'contoso' })).status).toBe(204);
    } finally {
      await mock.close();
    }
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

describe('diff of two docs repositories', () => {
  test('each version is compared with the same version', async () => {
    const { cpSync, readFileSync: read, writeFileSync: write } = await import('node:fs');
    const { runCli } = await import('../cli/__helpers__/runCli.js');
    const next = mkdtempSync(join(tmpdir(), 'gc-repo-next-'));
    cpSync(REPO, next, { recursive: true });
    const page = join(next, 'api-reference/v1.0/resources/user.md');
    // Gone from the table and the JSON representation (the model reads both).
    write(page, read(page, 'utf8').replace(/\| userType \| String \|.*\n/, '').replace(',\n  "userType": "String"', ''));
    const r = await runCli('diff', REPO, next, '--format', 'json');
    expect(r.code).toBe(1);
    const diff = JSON.parse(r.stdout) as { changes: { kind: string; subject: string; member?: string; breaking: boolean }[] };
    expect(diff.changes.filter((c) => c.kind === 'property-removed')).toEqual([expect.objectContaining({ subject: 'v1.0 user', member: 'userType', breaking: true })]);
    expect(diff.changes.some((c) => c.subject.startsWith('beta '))).toBe(false);
  });
});
