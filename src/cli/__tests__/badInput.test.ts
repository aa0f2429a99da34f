import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { c as tarCreate } from 'tar';
import { describe, expect, test } from 'vitest';
import { apiPage } from '../../../test/helpers/pages.js';
import { runCli } from '../__helpers__/runCli.js';

// Bad input never crashes the build: each case ends in diagnostics, or in one clear line and exit 2.
const page = (body: string) => apiPage({ body });

/** A docs folder holding `pages` (name → text) plus one ordinary page, so the build has something else to keep. */
function docs(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'gc-bad-'));
  mkdirSync(join(dir, 'api'));
  writeFileSync(join(dir, 'api', 'other-get.md'), page('{ "id": "1" }'));
  for (const [name, text] of Object.entries(pages)) writeFileSync(join(dir, 'api', name), text);
  return dir;
}

async function build(dir: string, ...flags: string[]) {
  const out = mkdtempSync(join(tmpdir(), 'gc-bad-out-'));
  const result = await runCli('build', '--docs', dir, '--out', out, '--diagnostics', '0', ...flags);
  const written = JSON.parse(readFileSync(join(out, 'contracts', 'diagnostics.json'), 'utf8')) as { diagnostics: { rule: string; source: { file: string; line: number } }[] };
  return { ...result, out, diagnostics: written.diagnostics };
}

const noCrash = (r: { stdout: string; stderr: string }) => {
  expect(r.stdout + r.stderr).not.toMatch(/RangeError|Maximum call stack|internal error|\n\s+at /);
};

describe('bad input never crashes the build', () => {
  test('a JSON example nested 100,000 deep: a diagnostic, and the example is kept as text', async () => {
    const deep = '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000);
    const r = await build(docs({ 'deep-get.md': page(deep) }));
    noCrash(r);
    expect(r.code).toBe(0);
    expect(r.diagnostics.filter((d) => d.rule === 'example-body-too-deep').map((d) => `${d.source.file}:${d.source.line}`)).toEqual(['api/deep-get.md:24']);
    expect(r.stdout).toContain('built 2 contracts');
  });

  test('a 10 MB JSON string: over the page limit it is a diagnostic; with the limit raised it builds', async () => {
    const dir = docs({ 'big-get.md': page(`{ "id": "1", "note": "${'x'.repeat(10 * 1024 * 1024)}" }`) });
    const skipped = await build(dir);
    noCrash(skipped);
    expect(skipped.code).toBe(0);
    expect(skipped.diagnostics.find((d) => d.rule === 'doc-file-too-large')?.source).toEqual({ file: 'api/big-get.md', line: 1 });
    expect(skipped.stdout).toContain('built 1 contracts');
    const read = await build(dir, '--max-page-mb', '16');
    noCrash(read);
    expect(read.code).toBe(0);
    expect(read.stdout).toContain('built 2 contracts');
    const contract = JSON.parse(readFileSync(join(read.out, 'contracts', 'big-get.contract.json'), 'utf8')) as { contracts: { response: { example: { note: string } } }[] };
    expect(contract.contracts[0]!.response.example.note).toHaveLength(10 * 1024 * 1024);
  });

  test('a 20 MB line (links, brackets, heading marks): read with the limit raised, no crash and no hang', async () => {
    const line = '[a](' .repeat(2 * 1024 * 1024) + '# '.repeat(3 * 1024 * 1024) + '<!-- {' + ' ['.repeat(3 * 1024 * 1024);
    expect(line.length).toBeGreaterThan(20 * 1024 * 1024);
    const dir = docs({ 'line.md': line, 'heading.md': `# ${' '.repeat(20 * 1024 * 1024)}x\n` });
    const r = await build(dir, '--max-page-mb', '32');
    noCrash(r);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('built 1 contracts and 0 schemas from 3 pages');
  }, 60_000);

  test('an archive that expands past the total limit: one line and exit 2, before it is inflated; the flag raises it', async () => {
    const dir = docs({ 'padding.md': `# Padding\n\n${'x'.repeat(3 * 1024 * 1024)}\n` });
    const tarball = join(dir, '..', `${dir.split('/').pop()}.tar.gz`);
    await tarCreate({ gzip: true, file: tarball, cwd: dir }, ['api']);
    const refused = await runCli('build', '--docs', tarball, '--out', mkdtempSync(join(tmpdir(), 'gc-bad-out-')), '--max-docs-mb', '2');
    expect(refused.code).toBe(2);
    expect(refused.stderr.trim().split('\n')).toEqual([`graph-contracts: ${tarball} holds more than 2 MB (raise the limit with --max-docs-mb) [DOCS_TOO_LARGE]`]);
    const folder = await runCli('build', '--docs', dir, '--out', mkdtempSync(join(tmpdir(), 'gc-bad-out-')), '--max-docs-mb', '2');
    expect(folder.code).toBe(2);
    expect(folder.stderr.trim().split('\n')).toEqual([`graph-contracts: ${dir} holds more than 2 MB (raise the limit with --max-docs-mb) [DOCS_TOO_LARGE]`]);
    const raised = await runCli('build', '--docs', tarball, '--out', mkdtempSync(join(tmpdir(), 'gc-bad-out-')), '--max-docs-mb', '8');
    expect(raised.code).toBe(0);
  });

  test('an archive with one file over the page limit: that file is a diagnostic, the rest is built', async () => {
    const dir = docs({ 'huge.md': `# Huge\n\n${'y'.repeat(5 * 1024 * 1024)}\n` });
    const tarball = join(dir, '..', `${dir.split('/').pop()}-pages.tar.gz`);
    await tarCreate({ gzip: true, file: tarball, cwd: dir }, ['api']);
    const r = await build(tarball);
    expect(r.code).toBe(0);
    expect(r.diagnostics.filter((d) => d.rule === 'doc-file-too-large').map((d) => d.source.file)).toEqual(['api/huge.md']);
    expect(r.stdout).toContain('built 1 contracts');
  });

  test('a limit that is not a number is a usage error naming the flag', async () => {
    const r = await runCli('build', '--docs', docs({}), '--out', mkdtempSync(join(tmpdir(), 'gc-bad-out-')), '--max-page-mb', 'lots');
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('graph-contracts: --max-page-mb must be a positive number of megabytes; got "lots" [CONFIG_INVALID]');
  });
});
