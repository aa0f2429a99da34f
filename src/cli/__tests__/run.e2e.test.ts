import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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
    expect(stderr).toMatch(/running 23 cases \(4 contracts, each with the checks that apply to it\) from default against mock \(http:\/\/127\.0\.0\.1:\d+\) in 1 suite file\n/);
    expect(stderr).toContain(`reports: ${join(reports, 'results.json')}, ${join(reports, 'junit.xml')}, ${join(reports, 'index.html')}`);
    expect(code).toBe(0);
    const run = JSON.parse(readFileSync(join(reports, 'results.json'), 'utf8')) as RunResult;
    expect(run.summary.failed + run.summary.errors).toBe(0);
    expect(run.summary.passed).toBeGreaterThan(0);
    expect(stdout.trim().split('\n').at(-1)).toBe(`${run.summary.passed} passed, 0 failed, ${run.summary.skipped} skipped`);
  });

  test('drift makes it exit 1 with readable failures', async () => {
    const reports = mkdtempSync(join(tmpdir(), 'reports-'));
    const { code, stdout, stderr } = await cli('run', '--reports', reports, '--drift', 'enum-out-of-range');
    expect(code).toBe(1);
    expect(stderr).toMatch(/✗ .* > enum members/);
    expect(stderr).toMatch(/is not a documented \w+ member/);
    expect(stdout.trim().split('\n').at(-1)).toMatch(/^\d+ passed, [1-9]\d* failed, \d+ skipped$/);
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
});
