import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fixtureRun } from '../../reporters/__fixtures__/run.js';
import { formatJson } from '../../reporters/json.js';
import { report } from '../commands/report.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gc-report-cli-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  process.exitCode = undefined;
  vi.restoreAllMocks();
});

function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

async function cli(...args: string[]): Promise<void> {
  const program = new Command().exitOverride();
  report(program);
  await program.parseAsync(['report', ...args], { from: 'user' });
}

describe('graph-contracts report', () => {
  test('re-renders JUnit and HTML from a results.json, with the release baseline gate reads', async () => {
    const results = write('results.json', formatJson(fixtureRun(), {}));
    const entry = { kind: 'contract', rule: 'status-code-documented', target: 'event-list', pointer: '', owner: 'edu', reason: 'tenant lacks events' };
    const baseline = write('baseline.json', JSON.stringify({ version: 1, entries: [entry] }));
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    await cli('--results', results, '--reports', join(dir, 'out'), '--baseline', baseline);
    expect(process.exitCode).toBe(0);
    expect(log.mock.calls.map((c) => String(c[0]))).toContain('3 passed, 2 failed, 1 skipped, 1 error (7 cases, 3 contracts, 3 operations, 1 doc defect)');
    expect(readFileSync(join(dir, 'out', 'junit.xml'), 'utf8')).toContain('tests="7" failures="2" errors="1"');
    const html = readFileSync(join(dir, 'out', 'index.html'), 'utf8');
    expect(html).toContain('"baseline":{"new":2,"known":1,"fixed":[]}');
  });

  test('a bad baseline is one error naming the file and the entry', async () => {
    const results = write('results.json', formatJson(fixtureRun(), {}));
    const baseline = write('baseline.json', JSON.stringify({ version: 1, knownFailures: ['event-list::status-code-documented'] }));
    await expect(cli('--results', results, '--reports', join(dir, 'out'), '--baseline', baseline)).rejects.toThrow(/baseline\.json: expected \{ "version": 1, "entries": \[\.\.\.\] \}/);
  });


  test('a reports folder that cannot take the reports stops it before anything is written, naming it', async () => {
    const results = write('results.json', formatJson(fixtureRun(), {}));
    write('out', 'a file where the folder should be');
    await expect(cli('--results', results, '--reports', join(dir, 'out'))).rejects.toThrow(`--reports ${join(dir, 'out')}: is a file, not a folder`);
  });
});
