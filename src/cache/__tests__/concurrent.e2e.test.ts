import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { buildFromDocs, loadBuild } from '../../pipeline.js';

const root = resolve(import.meta.dirname, '../../..');
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Starts a filler; resolves `ready` once it waits for the start file, `done` with its exit code and output. */
function filler(docs: string, cacheDir: string, start: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cache/__helpers__/fillCache.ts', docs, cacheDir, start], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const ready = new Promise<void>((resolve) => child.stdout.on('data', (d: Buffer) => ((stdout += d.toString()), stdout.startsWith('ready') && resolve())));
  const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
  return { ready, done };
}

test('two processes filling the cache at once both succeed, and leave one intact entry', async () => {
  const work = mkdtempSync(join(tmpdir(), 'gc-concurrent-'));
  dirs.push(work);
  const docs = join(work, 'docs');
  cpSync(join(root, 'contracts/docs'), docs, { recursive: true });
  // More pages, so that both builds and writes take long enough to overlap.
  for (let i = 0; i < 40; i++) cpSync(join(root, 'contracts/docs/api/educationsynchronizationprofilestatus-get.md'), join(docs, 'api', `copy-${i}-get.md`));
  const cacheDir = join(work, 'cache');
  const start = join(work, 'start');
  const fillers = [filler(docs, cacheDir, start), filler(docs, cacheDir, start)];
  await Promise.all(fillers.map((f) => f.ready));
  writeFileSync(start, '');
  const results = await Promise.all(fillers.map((f) => f.done));
  const fresh = await buildFromDocs(docs);
  for (const { code, stdout, stderr } of results) {
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const found = JSON.parse(stdout.split('\n')[1]!) as { contracts: number; probe: { operations: number }; notices: string[] };
    expect(found).toMatchObject({ contracts: fresh.set.contracts.length, probe: { operations: fresh.model.operations.length }, notices: [] });
  }
  const entries = readdirSync(join(cacheDir, 'entries'));
  expect(entries).toHaveLength(1);
  expect(readdirSync(join(cacheDir, 'entries', entries[0]!)).sort()).toEqual(['derived-probe.part', 'docs.part', 'model.part', 'set.part']);
  const notices: string[] = [];
  const warm = await loadBuild(docs, { cache: { dir: cacheDir, log: (line) => notices.push(line) } });
  expect(warm.cached).toBe(true);
  expect(warm.set).toEqual(fresh.set);
  expect((await warm.build()).model).toEqual(fresh.model);
  expect(notices).toEqual([]);
});
