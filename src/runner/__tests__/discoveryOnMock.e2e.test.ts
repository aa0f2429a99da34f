import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, test } from 'vitest';
import type { ContractSet } from '../../contracts/types.js';
import { usersSet } from '../../mock/__tests__/__fixtures__/usersSet.js';
import { createMockHandler, startMockServer, storeKey, type MockRequest, type MockResponse, type RunningMock } from '../../mock/index.js';
import { httpTarget } from '../../target/http.js';
import { runSuites } from '../driver.js';

// Path parameters resolved by discovery, through the real runner (vitest workers, HTTP transport)
// against the real embedded mock, with no fixtures: the mock's own collection semantics decide.
let mock: RunningMock | undefined;
afterEach(async () => {
  await mock?.close();
  mock = undefined;
});

type Seen = { method: string; url: string; contract?: string; status: number; id?: string };

async function runAgainstMock(set: ContractSet): Promise<Awaited<ReturnType<typeof runSuites>> & { seen: Seen[] }> {
  const seen: Seen[] = [];
  // A contract's own request carries a client-request-id; the resolver's do not. The page that
  // answered is what the mock decided from the request alone (its in-process trace).
  const record = (req: MockRequest, res: MockResponse) => {
    const id = res.body.startsWith('{') ? (JSON.parse(res.body) as { id?: string }).id : undefined;
    const own = req.headers['client-request-id'] !== undefined;
    seen.push({ method: req.method, url: req.url, ...(own ? { contract: res.trace?.contract } : {}), status: res.status, ...(id ? { id } : {}) });
  };
  mock = await startMockServer(set, { onExchange: record });
  const result = await runSuites({ set, target: httpTarget(mock.url, { headers: { Authorization: 'Bearer t' } }), maxWorkers: 1 });
  return { ...result, seen };
}

const line = (s: Seen) => `${s.method} ${s.url}${s.contract ? ` [${s.contract}]` : ''} ${s.status}`;

describe('path parameter discovery against the embedded mock', () => {
  test('{id} comes from listing the parent collection: the GET and PATCH use the first listed user', async () => {
    const { seen, run, moduleErrors } = await runAgainstMock(usersSet());
    expect(moduleErrors).toEqual([]);
    expect(run.summary).toMatchObject({ failed: 0, errors: 0, skipped: 0 });
    const lines = seen.map(line);
    expect(lines).toContain('GET /v1.0/users?$top=1 200');
    expect(lines).toContain('GET /v1.0/users/a1 [user-get] 200');
    expect(lines).toContain('PATCH /v1.0/users/a1 [user-update] 204');
  });

  test('with nothing to list, the documented create runs first and its resource is deleted after the file', async () => {
    const set = usersSet();
    set.contracts = set.contracts.filter((c) => c.id !== 'user-list');
    const { seen, run, moduleErrors } = await runAgainstMock(set);
    expect(moduleErrors).toEqual([]);
    expect(run.summary).toMatchObject({ failed: 0, errors: 0, skipped: 0 });
    expect(seen.find((s) => s.url === '/v1.0/users?$top=1')?.status).toBe(405);

    // The resolver's creates are its own requests; the contract's POST is the run's.
    const made = seen.filter((s) => s.method === 'POST' && !s.contract).map((s) => s.id!);
    expect(made).toHaveLength(2);
    const [shared, forDelete] = made as [string, string];
    const lines = seen.map(line);
    expect(lines).toContain(`GET /v1.0/users/${shared} [user-get] 200`);
    expect(lines).toContain(`PATCH /v1.0/users/${shared} [user-update] 204`);
    expect(lines).toContain(`DELETE /v1.0/users/${forDelete} [user-delete] 204`);
    // Cleanup, after the contracts: what the resolver made is gone from the mock's store.
    const cleanup = seen.slice(seen.findIndex((s) => s.contract === 'user-delete') + 1);
    expect(cleanup.map(line)).toContain(`DELETE /v1.0/users/${shared} 204`);
    for (const id of made) expect(mock!.store.has(storeKey(`/users/${id}`))).toBe(false);
  });

  test('a created resource the target will not delete is reported by URL as an error of the suite file', async () => {
    const set = usersSet();
    set.contracts = set.contracts.filter((c) => c.id !== 'user-list' && c.id !== 'user-delete');
    // The embedded mock lets a client delete what it created; a tenant may refuse (a policy, a lock).
    // In front of the real mock, every DELETE is refused with Graph's 403 envelope.
    const refused: string[] = [];
    const handler = createMockHandler(set);
    const server = createServer((req, res) => {
      if (req.method !== 'DELETE') return handler(req, res);
      refused.push(req.url ?? '');
      res.writeHead(403, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' } }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const { run, moduleErrors } = await runSuites({ set, target: httpTarget(`http://127.0.0.1:${port}`, { headers: { Authorization: 'Bearer t' } }), maxWorkers: 1 });
      expect(run.summary).toMatchObject({ failed: 0, errors: 0 });
      expect(refused).toHaveLength(1);
      expect(refused[0]).toMatch(/^\/v1\.0\/users\/[^/]+$/);
      expect(moduleErrors.map((m) => m.message).join('\n')).toContain(`could not delete (delete by hand): ${refused[0]}`);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
