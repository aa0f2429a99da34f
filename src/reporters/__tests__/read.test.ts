import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ConfigError } from '../../errors.js';
import { fixtureRun } from '../__fixtures__/run.js';
import { formatJson } from '../json.js';
import { readBaseline, readRunResult } from '../read.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gc-report-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('readRunResult / readBaseline', () => {
  test.for([
    { name: 'missing file', text: undefined, message: /cannot read \(ENOENT\)/ },
    { name: 'bad JSON', text: '{"version": 1,', message: /not valid JSON/ },
    { name: 'newer version', text: '{"version": 2}', message: /results version 2 is not supported; this graph-contracts reads version 1/ },
    { name: 'not a results file', text: '{"version": 1}', message: /needs "target", "cases" and "diagnostics"/ },
    { name: 'a broken case', text: JSON.stringify({ ...fixtureRun(), cases: [{ id: 'x' }] }), message: /cases\[0\] lacks/ },
  ])('results.json: $name is a ConfigError naming the file and --results', ({ text, message }) => {
    const file = text === undefined ? join(dir, 'nope.json') : write('r.json', text);
    const error = (() => {
      try {
        readRunResult(file);
      } catch (err) {
        return err as ConfigError;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect(error?.setting).toBe('--results');
    expect(error?.message).toContain(file);
    expect(error?.message).toMatch(message);
  });

  test('a baseline may be an earlier results.json: its failures and errors become known', () => {
    const file = write('prev.json', formatJson(fixtureRun(), {}));
    expect(readBaseline(file, '2026-01-01')).toEqual({
      kind: 'run',
      failures: ['user-get::response-body-matches-schema', 'event-list::status-code-documented', 'educationsynchronizationprofile-get::status-code-documented'],
    });
  });

  test('a release baseline (the file gate reads) is read and checked the same way', () => {
    const entry = { kind: 'contract', rule: 'status-code-documented', target: 'event-list', pointer: '', owner: 'edu', reason: 'known' };
    const file = write('b.json', JSON.stringify({ version: 1, entries: [entry] }));
    expect(readBaseline(file, '2026-01-01')).toEqual({ kind: 'release', baseline: { version: 1, entries: [entry] }, today: '2026-01-01' });
    const bad = write('bad.json', JSON.stringify({ version: 1, entries: [{ ...entry, owner: undefined }] }));
    expect(() => readBaseline(bad, '2026-01-01')).toThrow(/bad\.json: entry 0 lacks string field\(s\) owner/);
  });
});
