import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');

interface Interrupted {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  reports: string;
}

/** Starts `run` against a slow mock and sends SIGINT `delayMs` after its start line (`running N cases …`). */
async function interruptRun(delayMs: number): Promise<Interrupted> {
  const reports = mkdtempSync(join(tmpdir(), 'gc-interrupt-'));
  // slow-response keeps the requests in flight long enough to interrupt them.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'run', '--drift', 'slow-response', '--reports', reports], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const started = new Promise<void>((done) => {
    child.stdout.on('data', (chunk: Buffer) => void (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (/^running \d+ cases/m.test(stderr)) done();
    });
  });
  const exited = new Promise<[number | null, NodeJS.Signals | null]>((done) => child.on('exit', (code, signal) => done([code, signal])));
  await started;
  if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs));
  child.kill('SIGINT');
  const [code, signal] = await exited;
  return { code, signal, stdout, stderr, reports };
}

const lastLine = (text: string) => text.trimEnd().split('\n').at(-1) ?? '';

// 0 ms lands while vitest is still being created, 300 ms while it starts its run, 2 s among the
// running tests: each ends in order, never by the signal (exit 130) or vitest's own handler.
test.for([0, 300, 2000])('Ctrl-C %i ms after the start line exits 2, says "interrupted" last and writes incomplete reports', { timeout: 180_000 }, async (delayMs) => {
  const { code, signal, stdout, stderr, reports } = await interruptRun(delayMs);
  expect({ code, signal }, stderr).toEqual({ code: 2, signal: null });
  expect(lastLine(stdout)).toMatch(/^interrupted: \d+ passed, \d+ failed, \d+ skipped, \d+ errors? \(/);
  expect(stderr).toContain('the run was interrupted or incomplete');
  // The reports are written and the console says so; they hold what finished, marked incomplete.
  expect(stderr).toMatch(/^reports: .*results\.json/m);
  for (const file of ['results.json', 'junit.xml', 'index.html']) expect(existsSync(join(reports, file)), file).toBe(true);
  const run = JSON.parse(readFileSync(join(reports, 'results.json'), 'utf8')) as { complete: boolean; cases: unknown[]; summary: { total: number } };
  expect(run.complete).toBe(false);
  expect(run.summary.total).toBe(run.cases.length);
  expect(lastLine(stdout)).toContain(`(${run.cases.length} case`);
});
