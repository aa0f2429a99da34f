import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli as cli } from '../__helpers__/runCli.js';

const repo = new URL('../../../', import.meta.url).pathname;

describe('lint with a baseline (round trip over the seed docs)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lint-baseline-'));
  const docs = join(dir, 'docs');
  const baseline = join(dir, 'baseline.json');
  cpSync(join(repo, 'contracts/docs'), docs, { recursive: true });
  const post = join(docs, 'api/educationsynchronizationprofilestatus-post.md');
  const update = join(docs, 'api/educationsynchronizationprofilestatus-update.md');

  it('fails without a baseline, passes once the findings are baselined', async () => {
    expect((await cli('lint', '--docs', docs)).code).toBe(1);
    const written = await cli('lint', '--docs', docs, '--baseline', baseline, '--update-baseline', '--owner', 'edu-docs', '--reason', 'seed defects');
    expect(written.code).toBe(0);
    const entries = JSON.parse(readFileSync(baseline, 'utf8')).entries as { owner: string; rule: string; target: string; pointer: string }[];
    expect(entries.length).toBeGreaterThan(5);
    expect(entries.every((e) => e.owner === 'edu-docs')).toBe(true);
    const again = await cli('lint', '--docs', docs, '--baseline', baseline);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('0 finding(s) not in the baseline');
  }, 60_000);

  it('fails on a new defect and reports a fixed one', async () => {
    // New defect: a broken link; fixed defect: the PATCH page's TODO permissions.
    writeFileSync(post, readFileSync(post, 'utf8').replace('Create a new profileStatus object.\n\n', 'Create a new profileStatus object. See [missing](../resources/nosuchtype.md).\n\n'));
    const fixedText = readFileSync(update, 'utf8').replace('|Application|**TODO: Provide applicable permissions.**|', '|Application|EduAdministration.ReadWrite.All|');
    writeFileSync(update, fixedText);
    const result = await cli('lint', '--docs', docs, '--baseline', baseline);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/api\/educationsynchronizationprofilestatus-post\.md:14 {2}warning {2}broken-resource-link/);
    expect(result.stdout).toMatch(/fixed: permissions-not-stated api\/educationsynchronizationprofilestatus-update\.md \/sections\/Permissions\/Application/);
  }, 60_000);

  it('rejects a bad format with exit 2 and a message naming the setting', async () => {
    const result = await cli('lint', '--docs', docs, '--format', 'xml');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--format must be one of text, json, sarif');
  }, 30_000);
});
