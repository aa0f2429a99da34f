import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli as cli } from '../__helpers__/runCli.js';

// A scheduler reads the exit code alone: a command that checked nothing exits 2 with one line
// saying why, unless --allow-empty says that is expected.
const dir = mkdtempSync(join(tmpdir(), 'gc-nothing-'));
const noContract = join(dir, 'no-contract');
mkdirSync(join(noContract, 'api'), { recursive: true });
writeFileSync(join(noContract, 'api', 'thing-get.md'), '---\ntitle: Get thing\n---\n# Get thing\n\nNo request here.\n');
const overview = join(dir, 'overview');
mkdirSync(overview);
writeFileSync(join(overview, 'overview.md'), '---\ntitle: Overview\n---\n# Overview\n\nConcepts only.\n');

const lines = (text: string) => text.trim().split('\n').filter(Boolean);
const results = (cases: unknown[]) => JSON.stringify({ version: 1, target: 'live', docs: 'default', startedAt: '', durationMs: 0, complete: true, summary: {}, cases, diagnostics: [] });
const at = (contractId: string, state: string, extra: object = {}) => ({
  id: `${contractId}::status-code`, contractId, checkId: 'status-code', name: contractId, operation: `GET /${contractId}`, page: 'api/x.md',
  source: { file: 'api/x.md', line: 3 }, state, durationMs: 1, violations: [], ...extra,
});

describe('a command that checked nothing', () => {
  it('build: docs that give no contract write nothing and exit 2; --allow-empty builds the empty set', async () => {
    const out = join(dir, 'build-out');
    const result = await cli('build', '--docs', noContract, '--out', out);
    expect(result.code).toBe(2);
    expect(lines(result.stderr)).toEqual([expect.stringMatching(/^graph-contracts: nothing was checked: .*no-contract gave no contract: no API page documents a request with a path \(1 pages read\) \(pass --allow-empty when that is expected\) \[NOTHING_CHECKED\]$/)]);
    expect(existsSync(join(out, 'contracts'))).toBe(false);
    const allowed = await cli('build', '--docs', noContract, '--out', out, '--allow-empty');
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toContain('built 0 contracts');
  }, 60_000);

  it('lint: docs with no API or resource page exit 2; --allow-empty passes', async () => {
    const result = await cli('lint', '--docs', overview, '--no-cache');
    expect([result.code, lines(result.stderr)]).toEqual([2, [expect.stringContaining('holds no API or resource page to lint')]]);
    expect((await cli('lint', '--docs', overview, '--no-cache', '--allow-empty')).code).toBe(0);
  }, 60_000);

  it('diff: a side with no operation and no type exits 2; --allow-empty compares', async () => {
    const result = await cli('diff', overview, noContract, '--no-cache');
    expect([result.code, lines(result.stderr)]).toEqual([2, [expect.stringMatching(/overview holds no operation and no type to compare .*\[NOTHING_CHECKED\]$/)]]);
    expect((await cli('diff', overview, noContract, '--no-cache', '--allow-empty')).code).toBe(0);
  }, 60_000);

  it('gate: a run whose every case was skipped exits 2 naming the skip reason; --allow-empty decides it', async () => {
    const file = join(dir, 'skipped.json');
    writeFileSync(file, results([at('a', 'skipped', { skipReason: 'writes not allowed' }), at('b', 'skipped', { skipReason: 'writes not allowed' })]));
    const result = await cli('gate', '--results', file);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('nothing was checked: all 2 case(s) were skipped (2× writes not allowed) (pass --allow-empty when that is expected)');
    expect((await cli('gate', '--results', file, '--allow-empty')).code).toBe(0);
  }, 30_000);
});

describe('one summary vocabulary', () => {
  it('gate counts failed cases as run does, and its violations apart', async () => {
    const file = join(dir, 'failed.json');
    const violation = (pointer: string) => ({ check: 'status-code', severity: 'error', message: `${pointer} wrong`, pointer });
    writeFileSync(file, results([
      at('a', 'failed', { violations: [violation('/x'), violation('/y'), violation('/z')] }),
      at('b', 'failed', { violations: [violation('/x')] }),
      at('c', 'passed'),
    ]));
    const result = await cli('gate', '--results', file);
    expect(result.code).toBe(1);
    expect(lines(result.stdout).slice(-3)).toEqual([
      '4 violation(s)',
      '1 passed, 2 failed, 0 skipped, 0 errors (3 cases, 3 contracts, 3 operations, 0 doc defects)',
      'gate: fail: 2 of 2 failed case(s) (4 violation(s))',
    ]);
    const report = await cli('report', '--results', file, '--reports', join(dir, 'reports'));
    expect(lines(report.stdout).at(-1)).toBe('1 passed, 2 failed, 0 skipped, 0 errors (3 cases, 3 contracts, 3 operations, 0 doc defects)');
  }, 30_000);

  it('an interrupted run says so first on its summary line, in report as in run', async () => {
    const file = join(dir, 'interrupted.json');
    writeFileSync(file, JSON.stringify({ ...JSON.parse(results([at('a', 'passed')])), complete: false }));
    const report = await cli('report', '--results', file, '--reports', join(dir, 'reports-2'));
    expect(lines(report.stdout).at(-1)).toBe('interrupted: 1 passed, 0 failed, 0 skipped, 0 errors (1 case, 1 contract, 1 operation, 0 doc defects)');
  }, 30_000);
});

describe('output paths that cannot take the output fail at start', () => {
  it.for([
    { command: 'run', flag: '--reports', path: '/proc/graph-contracts-x' },
    { command: 'report', flag: '--reports', path: '/proc/graph-contracts-x' },
    { command: 'build', flag: '--out', path: '/proc/graph-contracts-y' },
    { command: 'lint', flag: '--output', path: '/proc/graph-contracts-lint.txt' },
  ])('$command $flag $path', async ({ command, flag, path }) => {
    const result = await cli(command, flag, path);
    expect([result.code, lines(result.stderr)]).toEqual([2, [`graph-contracts: ${flag} ${path}: cannot write there (ENOENT) [CONFIG_INVALID]`]]);
  });

  it('a file given as the reports folder', async () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, '');
    const result = await cli('run', '--reports', file);
    expect([result.code, lines(result.stderr)]).toEqual([2, [`graph-contracts: --reports ${file}: is a file, not a folder [CONFIG_INVALID]`]]);
  }, 30_000);
});
