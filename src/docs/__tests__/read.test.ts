import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { c } from 'tar';
import { describe, expect, test } from 'vitest';
import { DocsNotFoundError } from '../../errors.js';
import { docsRelative, readDocs } from '../read.js';

function docsTree(): string {
  const root = mkdtempSync(join(tmpdir(), 'gc-docs-'));
  const beta = join(root, 'repo', 'api-reference', 'beta');
  mkdirSync(join(beta, 'api'), { recursive: true });
  mkdirSync(join(beta, 'resources'), { recursive: true });
  writeFileSync(join(beta, 'api', 'user-get.md'), '# Get user\n');
  writeFileSync(join(beta, 'resources', 'user.md'), '# user resource type\n');
  writeFileSync(join(beta, 'api', 'notes.txt'), 'not markdown');
  return root;
}

describe('readDocs', () => {
  test('a folder: markdown only, paths relative to the folder holding api/ and resources/', async () => {
    const root = docsTree();
    const { files } = await readDocs(join(root, 'repo', 'api-reference', 'beta'));
    expect(files.map((f) => f.file)).toEqual(['api/user-get.md', 'resources/user.md']);
    expect(files[0]?.text).toBe('# Get user\n');
  });

  test('a .tar.gz gives the same files as the folder it was made from', async () => {
    const root = docsTree();
    const tarball = join(root, 'docs.tar.gz');
    await c({ gzip: true, file: tarball, cwd: root }, ['repo']);
    const { files } = await readDocs(tarball);
    expect(files).toEqual((await readDocs(join(root, 'repo', 'api-reference', 'beta'))).files);
  });

  test('a missing path or an empty folder is a DocsNotFoundError naming it', async () => {
    await expect(readDocs('/nonexistent/docs')).rejects.toThrow(DocsNotFoundError);
    await expect(readDocs('/nonexistent/docs')).rejects.toThrow('/nonexistent/docs');
    const empty = mkdtempSync(join(tmpdir(), 'gc-empty-'));
    await expect(readDocs(empty)).rejects.toMatchObject({ code: 'DOCS_NOT_FOUND' });
  });

  test('a file named .tar.gz that is no tar archive, or is cut short, says so instead of "no markdown pages"', async () => {
    const root = docsTree();
    const notTar = join(root, 'readme.tar.gz');
    writeFileSync(notTar, gzipSync('# not a tar archive\n'.repeat(50)));
    await expect(readDocs(notTar)).rejects.toThrow(`cannot read tarball ${notTar}`);
    const tarball = join(root, 'docs.tar.gz');
    await c({ gzip: true, file: tarball, cwd: root }, ['repo']);
    const cut = join(root, 'cut.tar.gz');
    writeFileSync(cut, readFileSync(tarball).subarray(0, 40));
    await expect(readDocs(cut)).rejects.toMatchObject({ code: 'DOCS_NOT_FOUND', message: expect.stringContaining('cannot read tarball') });
  });

  test.for([
    ['microsoft-graph-docs/api-reference/beta/api/user-get.md', 'api/user-get.md'],
    ['./resources/user.md', 'resources/user.md'],
    ['concepts/overview.md', 'concepts/overview.md'],
  ] as const)('docsRelative(%s) = %s', ([input, expected]) => {
    expect(docsRelative(input)).toBe(expected);
  });
});
