import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { c as tarCreate } from 'tar';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DocsNotFoundError, DocsTooLargeError } from '../../errors.js';
import { readDocs } from '../read.js';

const REPO = resolve(import.meta.dirname, '../../__tests__/__fixtures__/graph-docs-repo');

let tarball: Buffer;
let server: Server;
let base: string;
/** Requests the server saw (path and query). */
const seen: string[] = [];

beforeAll(async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'gc-dl-')), 'main.tar.gz');
  await tarCreate({ gzip: true, file, cwd: resolve(REPO, '..'), portable: true }, ['graph-docs-repo']);
  tarball = readFileSync(file);
  server = createServer((req, res) => {
    seen.push(req.url ?? '');
    const path = (req.url ?? '').split('?')[0];
    if (path === '/main.tar.gz') return void res.writeHead(200, { 'content-length': String(tarball.length) }).end(tarball);
    // No Content-Length: the size is only known as the bytes arrive.
    if (path === '/chunked.tar.gz') {
      res.writeHead(200);
      for (let i = 0; i < tarball.length; i += 1000) res.write(tarball.subarray(i, i + 1000));
      return void res.end();
    }
    if (path === '/slow.tar.gz') return void res.writeHead(200).write(tarball.subarray(0, 10));
    res.writeHead(404, 'Not Found').end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('--docs as a URL of the docs repository archive', () => {
  test('is downloaded with progress lines and read like the archive on disk', async () => {
    const lines: string[] = [];
    const source = await readDocs(`${base}/main.tar.gz`, { progress: (l) => lines.push(l) });
    const local = join(mkdtempSync(join(tmpdir(), 'gc-dl-local-')), 'main.tar.gz');
    await tarCreate({ gzip: true, file: local, cwd: resolve(REPO, '..'), portable: true }, ['graph-docs-repo']);
    expect(source.files).toEqual((await readDocs(local)).files);
    expect(source.versions).toEqual(['beta', 'v1.0']);
    expect(source.location).toBe(`${base}/main.tar.gz`);
    expect(lines.at(-1)).toMatch(new RegExp(`^downloaded ${base}/main\\.tar\\.gz: \\d+\\.\\d MB of \\d+\\.\\d MB \\(100%\\), [\\d.]+ MB/s$`));
  });

  test('over the size limit: refused by its Content-Length, or as the bytes arrive, before it is read', async () => {
    await expect(readDocs(`${base}/main.tar.gz`, { maxTotalBytes: 1000 })).rejects.toThrow(DocsTooLargeError);
    await expect(readDocs(`${base}/main.tar.gz`, { maxTotalBytes: 1000 })).rejects.toThrow(/main\.tar\.gz is 0\.0 MB, over the 0\.0 MB limit \(raise the limit with --max-docs-mb\)/);
    await expect(readDocs(`${base}/chunked.tar.gz`, { maxTotalBytes: 2500 })).rejects.toMatchObject({ code: 'DOCS_TOO_LARGE', message: expect.stringContaining('is larger than') });
    expect((await readDocs(`${base}/chunked.tar.gz`)).files.length).toBeGreaterThan(5);
  });

  test('an HTTP error, a stalled download and plain http to another host are clear errors naming the URL', async () => {
    await expect(readDocs(`${base}/missing.tar.gz`)).rejects.toThrow(new DocsNotFoundError(`cannot download ${base}/missing.tar.gz: HTTP 404 Not Found`));
    const { downloadDocs } = await import('../download.js');
    await expect(downloadDocs(`${base}/slow.tar.gz`, { maxBytes: 1e9, idleMs: 300 })).rejects.toThrow(/nothing received for 0 s after 0\.0 MB/);
    const before = seen.length;
    await expect(readDocs('http://example.com/main.tar.gz')).rejects.toThrow('refusing to download docs over plain http from example.com: use https');
    await expect(readDocs('https://user:secret@example.com/main.tar.gz')).rejects.toThrow('a docs URL may not carry credentials');
    expect(seen.length).toBe(before);
  });

  test('a signed URL\'s query never appears in messages', async () => {
    const error = (await readDocs(`${base}/missing.tar.gz?sig=s3cr3t`).then(() => new Error('no error'), (e: unknown) => e)) as Error;
    expect(error.message).toBe(`cannot download ${base}/missing.tar.gz?…: HTTP 404 Not Found`);
    expect(seen.at(-1)).toBe('/missing.tar.gz?sig=s3cr3t');
  });
});
