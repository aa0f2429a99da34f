import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');

test('Ctrl-C during a run still writes the reports, marked incomplete, and exits 2', async () => {
  const reports = mkdtempSync(join(tmpdir(), 'gc-interrupt-'));
  // slow-response keeps the requests in flight long enough to interrupt them.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'run', '--drift', 'slow-response', '--reports', reports], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const started = new Promise<void>((done) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('running ')) done();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
  });
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  await started;
  await new Promise((r) => setTimeout(r, 500));
  child.kill('SIGINT');
  expect(await exited).toBe(2);
  expect(output).toContain('interrupted');
  for (const file of ['results.json', 'junit.xml', 'index.html']) expect(existsSync(join(reports, file)), file).toBe(true);
  const run = JSON.parse(readFileSync(join(reports, 'results.json'), 'utf8')) as { complete: boolean };
  expect(run.complete).toBe(false);
}, 120_000);
