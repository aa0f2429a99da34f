import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, test } from 'vitest';
import { BUILD, buildForChildren, ROOT } from '../live/__helpers__/cli.js';
import { installOffline, packPackage } from './installPacked.js';

const exec = promisify(execFile);

// The package as a user gets it: packed by its `files` list, installed into an empty folder from
// the npm cache (no registry), and every command run there from that folder.
let project: string;
let bin: string;

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [bin, ...args], { cwd: project, env: { ...process.env, CI: '', GRAPH_CONTRACTS_CACHE_DIR: join(project, '.cache-dir') } });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
const last = (text: string) => text.trim().split('\n').at(-1);

beforeAll(async () => {
  await buildForChildren();
  const work = mkdtempSync(join(tmpdir(), 'gc-installed-'));
  const tarball = await packPackage(ROOT, join(BUILD, 'dist'), work);
  project = join(work, 'project');
  mkdirSync(project);
  await installOffline(ROOT, tarball, project);
  bin = join(project, 'node_modules', '.bin', 'graph-contracts');
}, 240_000);

describe('the installed package', () => {
  test('carries what the README names', () => {
    const installed = join(project, 'node_modules', 'graph-contracts');
    for (const file of ['.env.example', 'docs/results-json.md', 'docs/results.schema.json', 'docs/junit.xsd', 'docs/ci.md', 'contracts/docs-lint-baseline.json']) expect(existsSync(join(installed, file)), file).toBe(true);
    for (const file of ['.env.example', 'docs/results-json.md', 'docs/results.schema.json', 'docs/junit.xsd', 'docs/ci.md']) expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain(file);
  });

  test('runs the bundled contracts, lints the bundled docs, and gates and re-renders the run', async () => {
    const run = await cli('run');
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/running \d+ cases \(4 contracts, .*\) from the bundled contracts \(default docs\) against mock/);
    expect(last(run.stdout)).toMatch(/^\d+ passed, 0 failed, 0 skipped, 0 errors \(\d+ cases, 4 contracts, 4 operations, 0 doc defects\)$/);
    const results = JSON.parse(readFileSync(join(project, 'reports', 'results.json'), 'utf8')) as { docLinks: { path: string } };
    expect(results.docLinks.path).toBe(join(project, 'node_modules', 'graph-contracts', 'contracts', 'docs'));
    const lint = await cli('lint');
    expect([lint.code, last(lint.stdout)]).toEqual([0, 'baseline: 37 known, 0 new, 0 fixed, 0 expired']);
    const gate = await cli('gate');
    expect([gate.code, last(gate.stdout)]).toEqual([0, expect.stringMatching(/^gate: pass: 0 of 0 failed case\(s\)/)]);
    const report = await cli('report', '--reports', 'html');
    expect([report.code, last(report.stdout)]).toEqual([0, last(run.stdout)]);
  });

  test('build writes the project its own contracts, which run then uses and says so; diff compares docs folders', async () => {
    const docs = join(project, 'my-docs');
    const bundled = join(project, 'node_modules', 'graph-contracts', 'contracts', 'docs');
    mkdirSync(join(docs, 'api'), { recursive: true });
    cpSync(join(bundled, 'resources'), join(docs, 'resources'), { recursive: true });
    cpSync(join(bundled, 'api', 'educationsynchronizationprofilestatus-get.md'), join(docs, 'api', 'educationsynchronizationprofilestatus-get.md'));
    const build = await cli('build', '--docs', 'my-docs');
    expect(build.code).toBe(0);
    expect(build.stdout).toContain('built 1 contracts');
    expect(existsSync(join(project, 'contracts', 'educationsynchronizationprofilestatus-get.contract.json'))).toBe(true);
    const run = await cli('run', '--reports', 'own');
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/running \d+ cases \(1 contract, .*\) from contracts \(built from my-docs\) against mock/);
    expect(JSON.parse(readFileSync(join(project, 'own', 'results.json'), 'utf8')).docLinks).toEqual({ kind: 'folder', path: docs });
    const diff = await cli('diff', bundled, 'my-docs');
    expect(diff.code).toBe(1);
    expect(diff.stdout).toMatch(/breaking/);
  });
});
