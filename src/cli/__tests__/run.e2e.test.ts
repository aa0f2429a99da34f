import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import type { RunResult } from '../../results/types.js';

const root = new URL('../../../', import.meta.url).pathname;
const exec = promisify(execFile);

/** Runs the CLI from source as a child process; resolves with its exit code and output. */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: root, env: { ...process.env, CI: '' } });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('graph-contracts run', () => {
  test('with no flags but --reports: seeds on the embedded mock pass, results written, summary last', async () => {
    const reports = mkdtempSync(join(tmpdir(), 'reports-'));
    const { code, stdout, stderr } = await cli('run', '--reports', reports);
    // The seed types are not documented as entities and say nothing is returned by default: no required fields.
    expect(stderr).toMatch(/running 23 cases \(4 contracts, each with the checks that apply to it\) from the bundled contracts \(default docs\) against mock \(http:\/\/127\.0\.0\.1:\d+\) in 1 suite file\n/);
    expect(stderr).toContain(`reports: ${join(reports, 'results.json')}, ${join(reports, 'junit.xml')}, ${join(reports, 'index.html')}`);
    expect(code).toBe(0);
    const run = JSON.parse(readFileSync(join(reports, 'results.json'), 'utf8')) as RunResult;
    expect(run.summary.failed + run.summary.errors).toBe(0);
    expect(run.summary.passed).toBeGreaterThan(0);
    // Doc links work by default: the bundled default docs by absolute path.
    expect(run.docLinks).toEqual({ kind: 'folder', path: join(root, 'contracts', 'docs') });
    const html = readFileSync(join(reports, 'index.html'), 'utf8');
    const href = /"api\/educationsynchronizationprofilestatus-get\.md":"(file:[^"]+)"/.exec(html)?.[1];
    expect(href && existsSync(new URL(href))).toBe(true);
    expect(stdout.trim().split('\n').at(-1)).toBe(`${run.summary.passed} passed, 0 failed, ${run.summary.skipped} skipped, 0 errors (${run.summary.total} cases, 4 contracts, 4 operations, 0 doc defects)`);
  });

  test('drift makes it exit 1 with readable failures', async () => {
    const reports = mkdtempSync(join(tmpdir(), 'reports-'));
    const { code, stdout, stderr } = await cli('run', '--reports', reports, '--drift', 'enum-out-of-range');
    expect(code).toBe(1);
    expect(stderr).toMatch(/✗ .* > enum members/);
    expect(stderr).toMatch(/is not a documented \w+ member/);
    expect(stdout.trim().split('\n').at(-1)).toMatch(/^\d+ passed, [1-9]\d* failed, \d+ skipped, 0 errors \(\d+ cases, 4 contracts, 4 operations, \d+ doc defects?\)$/);
  });

  test('a bad fixtures file stops the run before it starts: exit 2, one line naming file and line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fixtures-'));
    writeFileSync(join(dir, 'mock.json'), '{\n  "params": { "id": "p1", }\n}\n');
    const { code, stderr } = await cli('run', '--reports', join(dir, 'reports'), '--fixtures', join(dir, 'mock.json'));
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(new RegExp(`^graph-contracts: fixtures file ${join(dir, 'mock.json')}:2: not valid JSON`))]);
  });

  test.for([
    [['--shard', '5/4'], /--shard 5\/4: expected i\/n/],
    [['--target', 'live'], /GRAPH_ACCESS_TOKEN/],
    [['--expect-denied'], /--expect-denied is for --target live/],
    [['--allow-writes'], /--allow-writes is for --target live \(the mock takes writes anyway\)/],
    [['--target', 'live', '--drift', 'slow-response'], /--drift is for --target mock/],
    [['--workers', '0'], /--workers 0: expected a whole number from 1 to 64/],
    [['--checks', 'status-code-documented,request-denied'], /--checks: request-denied is not chosen by id: with --expect-denied/],
    [['--drift', 'sideways'], /option '--drift <mode>' argument 'sideways' is invalid. Allowed choices are/],
  ] as const)('usage and configuration errors exit 2 with one line: %s', async ([args, message]) => {
    const { code, stderr } = await cli('run', '--reports', mkdtempSync(join(tmpdir(), 'reports-')), ...args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  test('docs that give no contract: exit 2 with one line saying why, 0 with --allow-empty', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'no-contract-'));
    mkdirSync(join(dir, 'docs', 'api'), { recursive: true });
    writeFileSync(join(dir, 'docs', 'api', 'thing-get.md'), '# Get thing\n\nNo request here.\n');
    const empty = await cli('run', '--docs', join(dir, 'docs'), '--reports', join(dir, 'reports'), '--no-cache');
    expect(empty.code).toBe(2);
    expect(empty.stderr.trim().split('\n').at(-1)).toBe('graph-contracts: nothing was checked: no case ran: docs gave no contract to run (pass --allow-empty when that is expected) [NOTHING_CHECKED]');
    expect(empty.stdout.trim().split('\n').at(-1)).toBe('0 passed, 0 failed, 0 skipped, 0 errors (0 cases, 0 contracts, 0 operations, 0 doc defects)');
    const allowed = await cli('run', '--docs', join(dir, 'docs'), '--reports', join(dir, 'reports'), '--no-cache', '--allow-empty');
    expect(allowed.code).toBe(0);
  });

  test('an unknown or mistyped option is one line, not the whole help', async () => {
    const { code, stdout, stderr } = await cli('run', '--fitler', 'x');
    expect([code, stdout, stderr]).toEqual([2, '', "graph-contracts: unknown option '--fitler' (did you mean --filter?); see --help\n"]);
    const command = await cli('rnu');
    expect([command.code, command.stderr]).toEqual([2, "graph-contracts: unknown command 'rnu' (did you mean run?); see --help\n"]);
  });

  test('docs in the repository layout: doc links lead to the published page of each version', async () => {
    const reports = mkdtempSync(join(tmpdir(), 'reports-'));
    const { code, stderr } = await cli('run', '--docs', 'src/__tests__/__fixtures__/graph-docs-repo', '--reports', reports, '--filter', 'user-get');
    expect([code, stderr]).toEqual([0, expect.stringContaining('running')]);
    const run = JSON.parse(readFileSync(join(reports, 'results.json'), 'utf8')) as RunResult;
    expect(run.docLinks).toEqual({ kind: 'learn' });
    const html = readFileSync(join(reports, 'index.html'), 'utf8');
    expect(html).toContain('"v1.0/api/user-get.md":"https://learn.microsoft.com/en-us/graph/api/user-get?view=graph-rest-1.0"');
    expect(html).toContain('"beta/api/user-get.md":"https://learn.microsoft.com/en-us/graph/api/user-get?view=graph-rest-beta"');
    expect(readFileSync(join(reports, 'junit.xml'), 'utf8')).toContain('value="https://learn.microsoft.com/en-us/graph/api/user-get?view=graph-rest-1.0"');
  });
});
