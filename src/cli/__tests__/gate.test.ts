import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli as cli } from '../__helpers__/runCli.js';


const failed = (contractId: string, check: string, pointer: string) => ({
  id: `${contractId}::${check}`, contractId, checkId: check, name: check, operation: 'GET /x', page: 'api/x.md',
  source: { file: 'api/x.md', line: 3 }, state: 'failed', durationMs: 1,
  violations: [{ check, severity: 'error', message: `${pointer} is wrong`, pointer }],
});
const results = (cases: unknown[]) => JSON.stringify({ version: 1, target: 'mock', docs: 'default', startedAt: '', durationMs: 0, complete: true, summary: {}, cases, diagnostics: [] });

describe('gate on known contract failures', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gate-'));
  const file = join(dir, 'results.json');
  const baseline = join(dir, 'baseline.json');

  it('passes on baselined failures, fails on a new one, reports a fixed one', async () => {
    writeFileSync(file, results([failed('status-get', 'enum-member', '/status')]));
    expect((await cli('gate', '--results', file)).code).toBe(1);
    expect((await cli('gate', '--results', file, '--baseline', baseline, '--update-baseline', '--owner', 'edu')).code).toBe(0);
    expect((await cli('gate', '--results', file, '--baseline', baseline)).code).toBe(0);
    writeFileSync(file, results([failed('status-post', 'status-code', '')]));
    const next = await cli('gate', '--results', file, '--baseline', baseline);
    expect(next.code).toBe(1);
    expect(next.stdout).toContain('fixed: enum-member status-get /status (owner edu)');
  }, 60_000);

  it('exits 2 on a run that errored or was interrupted, and will not write a baseline from it', async () => {
    const errored = { ...failed('status-get', 'enum-member', '/status'), id: 'status-get::status-code', checkId: 'status-code', state: 'error', violations: [], error: { code: 'TENANT_UNREACHABLE', message: 'x' } };
    writeFileSync(file, results([failed('status-get', 'enum-member', '/status'), errored]));
    const result = await cli('gate', '--results', file, '--baseline', baseline);
    expect([result.code, result.stderr]).toEqual([2, expect.stringContaining('does not decide a release: 1 case(s) ended in an error (TENANT_UNREACHABLE ×1)')]);
    const update = await cli('gate', '--results', file, '--baseline', join(dir, 'new-baseline.json'), '--update-baseline');
    expect([update.code, update.stderr]).toEqual([2, expect.stringContaining('cannot update a baseline')]);
  }, 60_000);

  it('names the results file it cannot read (exit 2)', async () => {
    const result = await cli('gate', '--results', join(dir, 'none.json'));
    expect([result.code, result.stderr.includes('none.json')]).toEqual([2, true]);
  }, 30_000);
});
