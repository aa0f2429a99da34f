import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dryRun, type DryRunOptions } from '../dryRun.js';

// `run --target live --dry-run` resolves what the live run resolves before its first request and
// stops where that run would stop; it contacts nothing.
const TENANT = '11111111-2222-3333-4444-555555555555';
const cwd = mkdtempSync(join(tmpdir(), 'gc-dry-cli-'));
writeFileSync(join(cwd, 'staging.env'), [`AZURE_TENANT_ID=${TENANT}`, 'AZURE_CLIENT_ID=99999999-8888-7777-6666-555555555555', 'AZURE_CLIENT_SECRET=never-sent', 'AZURE_AUTHORITY_HOST=https://127.0.0.1:1'].join('\n'));
const fixtures = (name: string, text: string) => {
  writeFileSync(join(cwd, name), text);
  return join(cwd, name);
};
const options = (more: Partial<DryRunOptions> = {}): DryRunOptions => ({
  live: { envFile: join(cwd, 'staging.env'), allowWrites: false, expectDenied: false, cwd, prompt: () => {}, log: () => {} },
  allowEmpty: false,
  ...more,
});
// The documented path, then the path with the values the run would send.
const GET = /^ {2}send +GET +\/beta\/education\/synchronizationProfiles\/\{id\}\/profileStatus\n {23}= \/beta\/education\/synchronizationProfiles\/(\S+)\/profileStatus$/m;

afterEach(() => vi.unstubAllEnvs());

describe('run --target live --dry-run', () => {
  it('fills path parameters from the fixtures file, and says which the run finds as it goes', async () => {
    const withFixtures = await dryRun(options({ fixturesFile: fixtures('live.json', '{"params": {"id": "profile-1"}}') }));
    expect(withFixtures.error).toBeUndefined();
    expect(GET.exec(withFixtures.text)?.[1]).toBe('profile-1');
    const without = await dryRun(options());
    expect(GET.exec(without.text)).toBeNull();
    expect(without.text).toContain('{id}: listed from /beta/education/synchronizationProfiles (or created there)');
  });

  it('takes GRAPH_CONTRACTS_PARAM_* as the run does', async () => {
    vi.stubEnv('GRAPH_CONTRACTS_PARAM_ID', 'from-env');
    expect(GET.exec((await dryRun(options())).text)?.[1]).toBe('from-env');
  });

  it('a missing or invalid fixtures file, an unknown check or a filter matching nothing stops it as it stops the run', async () => {
    await expect(dryRun(options({ fixturesFile: join(cwd, 'none.json') }))).rejects.toThrow(/fixtures file .*none\.json: cannot read \(ENOENT\)/);
    await expect(dryRun(options({ fixturesFile: fixtures('bad.json', '{"params": {"id": 7}}') }))).rejects.toThrow(/"params\.id" is 7, not a string/);
    await expect(dryRun(options({ checks: { enable: ['no-such-check'] } }))).rejects.toThrow(/no-such-check/);
    await expect(dryRun(options({ filter: 'no-such-contract' }))).rejects.toThrow(/--filter "no-such-contract" matches no contract/);
  });

  it('filter and shard narrow the plan; a plan that sends nothing is exit 2 unless --allow-empty', async () => {
    const one = await dryRun(options({ filter: 'educationsynchronizationprofilestatus-get' }));
    expect(one.text.trim().split('\n').at(-1)).toBe('1 to send, 0 expected denied, 0 skipped');
    // A read-only run skips every write: the PUT alone leaves nothing to send.
    const writes = await dryRun(options({ filter: 'educationsynchronizationprofile-put' }));
    expect(writes.error?.code).toBe('NOTHING_CHECKED');
    expect((await dryRun(options({ filter: 'educationsynchronizationprofile-put', allowEmpty: true }))).error).toBeUndefined();
  });
});
