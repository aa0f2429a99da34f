import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { c as tarCreate } from 'tar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCertificate } from '../../src/mock/index.js';
import { buildForChildren, ROOT, runCli } from './__helpers__/cli.js';

// `build --docs https://…` end to end: the CLI in a child process (NODE_EXTRA_CA_CERTS is read at
// start) downloads the docs repository archive from an HTTPS server on 127.0.0.1.
const REPO = resolve(ROOT, 'src/__tests__/__fixtures__/graph-docs-repo');
let server: Server;
let url: string;
let caFile: string;
let dir: string;

beforeAll(async () => {
  await buildForChildren();
  dir = mkdtempSync(join(tmpdir(), 'gc-docs-url-'));
  const archive = join(dir, 'main.tar.gz');
  await tarCreate({ gzip: true, file: archive, cwd: resolve(REPO, '..'), portable: true }, ['graph-docs-repo']);
  const body = readFileSync(archive);
  const { cert, key } = await generateCertificate();
  caFile = join(dir, 'ca.pem');
  writeFileSync(caFile, cert);
  server = createServer({ cert, key }, (req, res) => {
    if (req.url === '/microsoftgraph/microsoft-graph-docs-contrib/archive/refs/heads/main.tar.gz') res.writeHead(200, { 'content-length': String(body.length) }).end(body);
    else res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `https://127.0.0.1:${(server.address() as AddressInfo).port}/microsoftgraph/microsoft-graph-docs-contrib/archive/refs/heads/main.tar.gz`;
}, 300_000);
afterAll(() => new Promise<void>((r) => server?.close(() => r())));

describe('graph-contracts build --docs <https URL of the docs repository archive>', () => {
  it('downloads it with a progress line and builds both versions apart', async () => {
    const out = mkdtempSync(join(dir, 'out-'));
    const result = await runCli(['build', '--docs', url, '--out', out], { NODE_EXTRA_CA_CERTS: caFile }, dir);
    expect(result.stderr).toMatch(/^downloaded https:\/\/127\.0\.0\.1:\d+\/.+\/main\.tar\.gz: [\d.]+ MB of [\d.]+ MB \(100%\)/m);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('built 5 contracts and 2 schemas from 10 pages (5 API, 2 resource, 3 include; beta and v1.0 kept apart) (main.tar.gz)');
    expect(readdirSync(join(out, 'contracts', 'v1.0')).sort()).toEqual(['user-delete.contract.json', 'user-get.contract.json', 'user-update.contract.json']);
  });

  it('over --max-docs-mb it stops with one line and exit 2; an untrusted certificate is named', async () => {
    const tiny = await runCli(['build', '--docs', url, '--out', dir, '--max-docs-mb', '0.001'], { NODE_EXTRA_CA_CERTS: caFile }, dir);
    expect(tiny.code).toBe(2);
    expect(tiny.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^graph-contracts: .*main\.tar\.gz is [\d.]+ MB, over the 0\.0 MB limit \(raise the limit with --max-docs-mb\) \[DOCS_TOO_LARGE\]$/)]);
    const untrusted = await runCli(['build', '--docs', url, '--out', dir], {}, dir);
    expect(untrusted.code).toBe(2);
    expect(untrusted.stderr).toMatch(/cannot download .*main\.tar\.gz: .*certificate/i);
  });
});
