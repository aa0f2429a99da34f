import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Command } from 'commander';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { build } from '../commands/build.js';

const root = resolve(import.meta.dirname, '../../..');
let out: string;
beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'gc-build-'));
  await cp(join(root, 'contracts/docs'), join(out, 'contracts/docs'), { recursive: true });
});
afterAll(() => rm(out, { recursive: true, force: true }));
afterEach(() => {
  process.exitCode = undefined;
  vi.restoreAllMocks();
});

async function run(...args: string[]): Promise<{ stdout: string; stderr: string; exitCode: number }> {
  process.exitCode = undefined;
  const stdout: string[] = [];
  const stderr: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...a) => void stdout.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a) => void stderr.push(a.join(' ')));
  const program = new Command().exitOverride();
  build(program);
  await program.parseAsync(['node', 'graph-contracts', 'build', '--docs', join(out, 'contracts/docs'), '--out', out, ...args]);
  const exitCode = Number(process.exitCode ?? 0);
  return { stdout: stdout.join('\n'), stderr: stderr.join('\n'), exitCode };
}

describe('graph-contracts build', () => {
  test('writes contracts, schemas and suites, prints grouped diagnostics, keeps the docs', async () => {
    const r = await run();
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^diagnostics: \d+ \(error \d+, warning \d+, info \d+, hint \d+\)/);
    expect(r.stdout).toMatch(/enum-lists-disagree \(warning\): 1\n {4}resources\/educationsynchronizationprofilestatus\.md:27 /);
    expect(r.stdout).toContain('built 4 contracts and 2 schemas from 5 pages');
    expect((await readdir(join(out, 'contracts'))).sort()).toEqual([
      'diagnostics.json',
      'docs',
      'educationsynchronizationprofile-put.contract.json',
      'educationsynchronizationprofilestatus-get.contract.json',
      'educationsynchronizationprofilestatus-post.contract.json',
      'educationsynchronizationprofilestatus-update.contract.json',
    ]);
    expect((await readdir(join(out, 'contracts/docs/api'))).length).toBe(4);
    expect(await readdir(join(out, 'suites'))).toEqual(['education.contract.test.ts']);
  });

  test('--check passes on fresh artifacts and names stale ones with exit 1', async () => {
    const fresh = await run('--check');
    expect(fresh.stderr).toBe('');
    expect(fresh.exitCode).toBe(0);
    await writeFile(join(out, 'schemas/old.schema.json'), '{}\n');
    await writeFile(join(out, 'contracts/educationsynchronizationprofilestatus-get.contract.json'), '{}\n');
    await writeFile(join(out, 'suites/education.contract.test.ts'), '// edited by hand\n');
    const r = await run('--check');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('suites/education.contract.test.ts (changed)');
    expect(r.stderr).toContain('contracts/educationsynchronizationprofilestatus-get.contract.json (changed)');
    expect(r.stderr).toContain('schemas/old.schema.json (extra)');
    const again = await run();
    expect(again.stdout).toContain('wrote 2 files, removed 1 stale files');
    expect((await run('--check')).exitCode).toBe(0);
  });
});
