import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { fixtureRun } from '../__fixtures__/run.js';
import { writeReports } from '../write.js';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeReports', () => {
  test('writes results.json, junit.xml and index.html into a new nested folder, leaving no temp files', () => {
    dir = mkdtempSync(join(tmpdir(), 'gc-write-'));
    const out = writeReports(fixtureRun(), join(dir, 'a', 'b'), {});
    expect(out.failed).toEqual([]);
    expect(out.written.map((f) => f.slice(dir.length))).toEqual(['/a/b/results.json', '/a/b/junit.xml', '/a/b/index.html']);
    expect(readdirSync(join(dir, 'a', 'b')).sort()).toEqual(['index.html', 'junit.xml', 'results.json']);
    expect(JSON.parse(readFileSync(join(dir, 'a', 'b', 'results.json'), 'utf8'))).toMatchObject({ version: 1, summary: { total: 7 } });
  });

  test('doc links follow the run: its docs folder by absolute path, a --docs-url base, or text when it has none', () => {
    dir = mkdtempSync(join(tmpdir(), 'gc-write-'));
    mkdirSync(join(dir, 'docs'));
    const html = (sub: string) => readFileSync(join(dir, sub, 'index.html'), 'utf8');
    writeReports(fixtureRun({ docLinks: { kind: 'folder', path: join(dir, 'docs') } }), join(dir, 'a'), {});
    expect(html('a')).toContain(`"api/user-get.md":"file://${dir}/docs/api/user-get.md"`);
    expect(html('a')).toContain('"docLineAnchors":false');
    writeReports(fixtureRun({ docs: 'default' }), join(dir, 'b'), {});
    expect(html('b')).toContain('"docHrefs":{}');
    writeReports(fixtureRun({ docLinks: { kind: 'folder', path: join(dir, 'docs') } }), join(dir, 'c'), { docsBaseUrl: 'https://x.test/' });
    expect(html('c')).toContain('"api/user-get.md":"https://x.test/api/user-get.md"');
    expect(html('c')).toContain('"docLineAnchors":true');
    // results.json records the base, so `report` re-renders the same links.
    expect(JSON.parse(readFileSync(join(dir, 'c', 'results.json'), 'utf8')).docLinks).toEqual({ kind: 'url', base: 'https://x.test/' });
    expect(readFileSync(join(dir, 'c', 'junit.xml'), 'utf8')).toMatch(/<property name="doc-url" value="https:\/\/x\.test\/api\/[\w-]+\.md#L\d+"\/>/);
  });

  test('replaces earlier reports whole', () => {
    dir = mkdtempSync(join(tmpdir(), 'gc-write-'));
    writeFileSync(join(dir, 'junit.xml'), 'x'.repeat(100_000));
    writeReports(fixtureRun({ cases: [] }), dir, {});
    const xml = readFileSync(join(dir, 'junit.xml'), 'utf8');
    expect(xml.startsWith('<?xml')).toBe(true);
    expect(xml).toContain('tests="0"');
    expect(xml).not.toContain('xxxx');
  });

  test('never throws: a file it cannot write is reported and the others are still written', () => {
    dir = mkdtempSync(join(tmpdir(), 'gc-write-'));
    // A folder where junit.xml should go makes the rename fail for that file only.
    const blocker = join(dir, 'junit.xml');
    mkdirSync(join(blocker, 'inner'), { recursive: true });
    const out = writeReports(fixtureRun(), dir, {});
    expect(out.failed.map((f) => f.file)).toEqual([blocker]);
    expect(out.failed[0]!.message).toMatch(/EISDIR|EEXIST|ENOTEMPTY|directory/i);
    expect(out.written.map((f) => f.slice(dir.length))).toEqual(['/results.json', '/index.html']);
  });

  test('an unusable folder is reported for every file, without throwing', () => {
    dir = mkdtempSync(join(tmpdir(), 'gc-write-'));
    writeFileSync(join(dir, 'file'), '');
    const out = writeReports(fixtureRun(), join(dir, 'file', 'reports'), {});
    expect(out.written).toEqual([]);
    expect(out.failed).toHaveLength(3);
  });
});
