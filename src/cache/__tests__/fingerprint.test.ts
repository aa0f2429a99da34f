import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { readDocs } from '../../docs/index.js';
import { fingerprintDocs } from '../docsFingerprint.js';
import { entryKey } from '../entry.js';
import { hashFiles } from '../fileHashes.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'gc-fingerprint-'));
  dirs.push(dir);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}
const HOUR_NS = 3_600_000_000_000n;
const later = () => BigInt(Date.now()) * 1_000_000n + HOUR_NS;

describe('docs fingerprint', () => {
  test('a changed, added or removed page changes it; nothing else does', () => {
    const dir = folder({ 'api/user-get.md': '# Get user\n', 'resources/user.md': '# user\n' });
    const stamps = join(dir, '..', `${dir.split('/').pop()}-stamps`);
    dirs.push(stamps);
    const first = fingerprintDocs(dir, stamps);
    expect(fingerprintDocs(dir, stamps)).toBe(first);
    writeFileSync(join(dir, 'api/user-get.md'), '# Get usex\n');
    const changed = fingerprintDocs(dir, stamps);
    expect(changed).not.toBe(first);
    writeFileSync(join(dir, 'api/user-delete.md'), '# Delete user\n');
    const added = fingerprintDocs(dir, stamps);
    expect(added).not.toBe(changed);
    rmSync(join(dir, 'api/user-delete.md'));
    expect(fingerprintDocs(dir, stamps)).toBe(changed);
  });

  test('a moved page changes it (paths are part of what the build reads)', () => {
    const a = folder({ 'api/a.md': 'x' });
    const b = folder({ 'api/b.md': 'x' });
    expect(fingerprintDocs(a)).not.toBe(fingerprintDocs(b));
  });

  test('covers every file the docs reader reads: any change the build could see changes the key', async () => {
    const dir = folder({
      'microsoft-graph-docs/api-reference/beta/api/user-get.md': '# Get user\n\n[!INCLUDE [permissions](../includes/permissions/user-get.md)]\n',
      'microsoft-graph-docs/api-reference/beta/includes/permissions/user-get.md': '|Permission type|Permissions|\n',
      'microsoft-graph-docs/api-reference/beta/resources/user.md': '# user\n',
      'microsoft-graph-docs/api-reference/beta/resources/Upper.MD': '# upper\n',
      'microsoft-graph-docs/.hidden/page.md': '# hidden\n',
      'microsoft-graph-docs/notes.txt': 'not a page\n',
    });
    const files = [
      'microsoft-graph-docs/api-reference/beta/api/user-get.md',
      'microsoft-graph-docs/api-reference/beta/includes/permissions/user-get.md',
      'microsoft-graph-docs/api-reference/beta/resources/user.md',
      'microsoft-graph-docs/api-reference/beta/resources/Upper.MD',
      'microsoft-graph-docs/.hidden/page.md',
      'microsoft-graph-docs/notes.txt',
    ];
    let seen = 0;
    for (const file of files) {
      const before = { read: JSON.stringify(await readDocs(dir)), hash: fingerprintDocs(dir) };
      appendFileSync(join(dir, file), 'changed\n');
      const after = { read: JSON.stringify(await readDocs(dir)), hash: fingerprintDocs(dir) };
      if (after.read !== before.read) {
        seen++;
        expect(after.hash, file).not.toBe(before.hash);
      }
    }
    expect(seen).toBeGreaterThanOrEqual(3);
  });

  test('an archive is hashed by its bytes', () => {
    const dir = folder({ 'docs.tar.gz': 'not really gzip' });
    const first = fingerprintDocs(join(dir, 'docs.tar.gz'));
    appendFileSync(join(dir, 'docs.tar.gz'), '!');
    expect(fingerprintDocs(join(dir, 'docs.tar.gz'))).not.toBe(first);
  });
});

describe('file stamps', () => {
  test('an unchanged, settled file is not read again; a rewritten one is', () => {
    const dir = folder({ 'a.md': 'one', 'b.md': 'two' });
    const stampsFile = join(dir, 'stamps');
    const first = hashFiles(dir, ['a.md', 'b.md'], { stampsFile, now: later });
    expect(first.read).toBe(2);
    const again = hashFiles(dir, ['a.md', 'b.md'], { stampsFile, now: later });
    expect(again.read).toBe(0);
    expect(again.hashes).toEqual(first.hashes);
    writeFileSync(join(dir, 'a.md'), 'uno');
    const changed = hashFiles(dir, ['a.md', 'b.md'], { stampsFile, now: later });
    expect(changed.read).toBe(1);
    expect(changed.hashes.get('a.md')).not.toBe(first.hashes.get('a.md'));
    expect(changed.hashes.get('b.md')).toBe(first.hashes.get('b.md'));
  });

  test('a file changed moments before it was hashed is hashed again every time (its mtime may not move on the next change)', () => {
    const dir = folder({ 'a.md': 'one' });
    const stampsFile = join(dir, 'stamps');
    expect(hashFiles(dir, ['a.md'], { stampsFile }).read).toBe(1);
    expect(hashFiles(dir, ['a.md'], { stampsFile }).read).toBe(1);
  });

  test('a damaged stamps file is ignored', () => {
    const dir = folder({ 'a.md': 'one' });
    const stampsFile = join(dir, 'stamps');
    const { hashes } = hashFiles(dir, ['a.md'], { stampsFile, now: later });
    writeFileSync(stampsFile, 'garbage');
    expect(hashFiles(dir, ['a.md'], { stampsFile, now: later })).toEqual({ hashes, read: 1 });
  });
});

describe('entry key', () => {
  test('changes with the tool, the docs and each option; not with option order', () => {
    const base = { tool: 't1', docs: 'd1', options: { label: 'x', limit: 2 } };
    const key = entryKey(base);
    expect(entryKey({ ...base, options: { limit: 2, label: 'x' } })).toBe(key);
    expect(entryKey({ ...base, tool: 't2' })).not.toBe(key);
    expect(entryKey({ ...base, docs: 'd2' })).not.toBe(key);
    expect(entryKey({ ...base, options: { label: 'y', limit: 2 } })).not.toBe(key);
  });
});
