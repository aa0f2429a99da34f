import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { c as tarCreate } from 'tar';
import { beforeAll, describe, expect, test } from 'vitest';
import { runCli } from '../cli/__helpers__/runCli.js';
import { SEED_ID, startMockServer } from '../mock/index.js';
import { buildFromDocs, loadBuild, type Build } from '../pipeline.js';
import { runContracts } from '../runner/runContracts.js';
import { createSchemaValidator } from '../schemas/index.js';
import type { OpenTarget } from '../target/index.js';

/** A docs-repository-shaped tree: `api-reference/beta` and `api-reference/v1.0`, with includes (see docsRepository.test.ts). */
const REPO = resolve(import.meta.dirname, '__fixtures__/graph-docs-repo');

let build: Build;
beforeAll(async () => {
  build = await buildFromDocs(REPO);
});

describe('the docs repository with both API versions, run and served', () => {
  test('a run sends each contract to its own version, and passes both', async () => {
    const seen: string[] = [];
    const open: OpenTarget = async (kind, set) => {
      const mock = await startMockServer(set, { port: 0, onExchange: (req) => seen.push(`${req.method} ${req.url.split('?')[0]}`) });
      return { description: { kind, baseUrl: mock.url, headers: { Authorization: 'Bearer graph-contracts-mock' }, skips: {}, expectDenied: [], fixtures: { default: SEED_ID } }, close: () => mock.close() };
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

  test('each version keeps its own store: a change or delete on /v1.0 is not seen on /beta', async () => {
    const mock = await startMockServer(build.set, { port: 0 });
    try {
      const id = SEED_ID;
      const send = (method: string, version: string, body?: object) =>
        fetch(`${mock.url}/${version}/users/${id}`, { method, headers: { Authorization: 'Bearer x', 'content-type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}) });
      const before = (await (await send('GET', 'beta')).json()) as { displayName?: string };
      expect((await send('PATCH', 'v1.0', { displayName: 'Changed on v1.0' })).status).toBe(204);
      expect(((await (await send('GET', 'v1.0')).json()) as { displayName?: string }).displayName).toBe('Changed on v1.0');
      expect(((await (await send('GET', 'beta')).json()) as { displayName?: string }).displayName).toBe(before.displayName);
      expect((await send('DELETE', 'v1.0')).status).toBe(204);
      expect((await send('GET', 'v1.0')).status).toBe(404);
      expect((await send('GET', 'beta')).status).toBe(200);
      mock.state.reset();
      expect((await send('GET', 'v1.0')).status).toBe(200);
    } finally {
      await mock.close();
    }
  });
});

describe('diff of two docs repositories', () => {
  test('each version is compared with the same version', async () => {
    const next = mkdtempSync(join(tmpdir(), 'gc-repo-next-'));
    cpSync(REPO, next, { recursive: true });
    const page = join(next, 'api-reference/v1.0/resources/user.md');
    // Gone from the table and the JSON representation (the model reads both).
    writeFileSync(page, readFileSync(page, 'utf8').replace(/\| userType \| String \|.*\n/, '').replace(',\n  "userType": "String"', ''));
    const r = await runCli('diff', REPO, next, '--format', 'json');
    expect(r.code).toBe(1);
    const diff = JSON.parse(r.stdout) as { changes: { kind: string; subject: string; member?: string; breaking: boolean }[] };
    expect(diff.changes.filter((c) => c.kind === 'property-removed')).toEqual([expect.objectContaining({ subject: 'v1.0 user', member: 'userType', breaking: true })]);
    expect(diff.changes.some((c) => c.subject.startsWith('beta '))).toBe(false);
  });
});

describe('an https --docs and the build cache', () => {
  test('a URL is downloaded and built every time, never stored in or served from the cache', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'gc-repo-url-')), 'main.tar.gz');
    await tarCreate({ gzip: true, file, cwd: resolve(REPO, '..'), portable: true }, ['graph-docs-repo']);
    const bytes = readFileSync(file);
    let downloads = 0;
    const server = createServer((_req, res) => {
      downloads++;
      res.writeHead(200, { 'content-length': String(bytes.length) }).end(bytes);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/main.tar.gz`;
      const cache = { dir: join(mkdtempSync(join(tmpdir(), 'gc-repo-url-cache-')), 'cache') };
      const first = await loadBuild(url, { cache, read: { progress: () => {} } });
      const second = await loadBuild(url, { cache, read: { progress: () => {} } });
      expect([first.cached, second.cached]).toEqual([false, false]);
      expect(downloads).toBe(2);
      expect(second.set.docs).toBe('main.tar.gz');
      expect(second.set.contracts.map((c) => c.id).sort()).toEqual(build.set.contracts.map((c) => c.id).sort());
      expect(existsSync(cache.dir)).toBe(false);
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  });
});
