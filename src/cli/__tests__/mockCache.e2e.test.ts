import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const STATUS = '/beta/education/synchronizationProfiles/86904b1e-c7d0-4ead-b13a-98f11fc400ee/profileStatus';
let work: string;
let docs: string;
let cacheDir: string;
const servers: Server[] = [];
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'gc-mockcache-'));
  docs = join(work, 'docs');
  cpSync(join(root, 'contracts/docs'), docs, { recursive: true });
  cacheDir = join(work, 'cache');
});
afterEach(() => {
  for (const s of servers.splice(0)) s.close();
  rmSync(work, { recursive: true, force: true });
});

/** Runs `graph-contracts mock`; once it is up, asks it one request and stops it. */
async function mock(...args: string[]): Promise<{ code: number | null; line: string; stderr: string; body?: unknown }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'mock', '--docs', docs, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const url = await new Promise<string | undefined>((resolve) => {
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      const at = /at (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout);
      if (at) resolve(at[1]);
    });
    void exited.then(() => resolve(undefined));
  });
  let body: unknown;
  if (url) {
    body = await (await fetch(url + STATUS, { headers: { authorization: 'Bearer t' } })).json();
    child.kill('SIGINT');
  }
  return { code: await exited, line: stdout.split('\n')[0]!, stderr, ...(url ? { body } : {}) };
}

describe('graph-contracts mock with the build cache', () => {
  test('a warm start serves what the cold one did, from the entry the cold one wrote', async () => {
    const cold = await mock('--port', '0', '--cache-dir', cacheDir);
    expect(cold.code).toBe(0);
    const [entry] = readdirSync(join(cacheDir, 'entries'));
    expect(readdirSync(join(cacheDir, 'entries', entry!)).sort()).toEqual(['derived-mock.part', 'set.part']);
    const warm = await mock('--port', '0', '--cache-dir', cacheDir);
    expect(warm.stderr).toBe('');
    expect(warm.line.replace(/:\d+ /, ' ')).toBe(cold.line.replace(/:\d+ /, ' '));
    expect(warm.body).toEqual(cold.body);
  });

  test('--no-cache neither reads nor writes the cache', async () => {
    const run = await mock('--port', '0', '--cache-dir', cacheDir, '--no-cache');
    expect(run.code).toBe(0);
    expect(existsSync(cacheDir)).toBe(false);
  });

  test('GRAPH_CONTRACTS_CACHE_DIR moves the cache', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'lint', '--docs', docs], { cwd: root, env: { ...process.env, GRAPH_CONTRACTS_CACHE_DIR: cacheDir }, stdio: 'ignore' });
    await new Promise((resolve) => child.on('exit', resolve));
    expect(readdirSync(join(cacheDir, 'entries'))).toHaveLength(1);
  });

  test('a truncated entry is named in one line on stderr, rebuilt, and served', async () => {
    await mock('--port', '0', '--cache-dir', cacheDir);
    const [entry] = readdirSync(join(cacheDir, 'entries'));
    const set = join(cacheDir, 'entries', entry!, 'set.part');
    truncateSync(set, Math.floor(readFileSync(set).length / 2));
    const again = await mock('--port', '0', '--cache-dir', cacheDir);
    expect(again.code).toBe(0);
    expect(again.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^graph-contracts: build cache: .*set\.part is damaged \(truncated: \d+ of \d+ payload bytes\); rebuilding it$/)]);
    expect(again.body).toMatchObject({ status: expect.any(String) });
  });

  test('a port in use is reported before the docs are built or stored', async () => {
    const taken = createServer();
    servers.push(taken);
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as { port: number }).port;
    const run = await mock('--port', String(port), '--cache-dir', cacheDir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('[MOCK_PORT_IN_USE]');
    expect(existsSync(join(cacheDir, 'entries'))).toBe(false);
  });
});
