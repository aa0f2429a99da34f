import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIFFERENCE_KINDS } from '../../csdl/index.js';
import { runCli } from '../__helpers__/runCli.js';

const csdl = new URL('../../csdl/__tests__/__fixtures__/small.csdl.xml', import.meta.url).pathname;
const seeds = new URL('../../../contracts/docs', import.meta.url).pathname;
const countLine = (kind: string) => new RegExp(`^ +\\d+  ${kind}$`, 'm');

describe('--metadata cross-check', () => {
  it('build prints counts per difference kind', async () => {
    const out = mkdtempSync(join(tmpdir(), 'build-'));
    const result = await runCli('build', '--docs', seeds, '--out', out, '--metadata', csdl);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('CSDL cross-check: 1 documented types matched');
    for (const kind of DIFFERENCE_KINDS) expect(result.stdout).toMatch(countLine(kind));
    // The seed resource page lacks errorCount, which the metadata declares: the GET example shows it.
    expect(result.stdout).toMatch(/^ +0 {2}property-missing-from-docs$/m);
    expect(result.stdout).toMatch(/educationsynchronizationprofilestatus-get\.md:92 {2}educationSynchronizationProfileStatus\.statusMessage is shown in response examples but not in the metadata/);
  });
  it('lint prints them too, on stderr when stdout is SARIF', async () => {
    const result = await runCli('lint', '--docs', seeds, '--format', 'sarif', '--metadata', csdl);
    expect(JSON.parse(result.stdout).version).toBe('2.1.0');
    expect(result.stderr).toMatch(countLine('property-missing-from-docs'));
  });
  it('a missing metadata file is a usage error naming it', async () => {
    const result = await runCli('lint', '--docs', seeds, '--metadata', '/nonexistent/csdl.xml');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('/nonexistent/csdl.xml');
  });
  it('with docs of both API versions, the CSDL is compared with the version it describes', async () => {
    const repo = new URL('../../__tests__/__fixtures__/graph-docs-repo', import.meta.url).pathname;
    const build = (...flags: string[]) => runCli('build', '--docs', repo, '--out', mkdtempSync(join(tmpdir(), 'build-')), '--metadata', csdl, ...flags);
    expect((await build()).stdout).toContain('CSDL cross-check of the beta pages:');
    expect((await build('--metadata-version', 'v1.0')).stdout).toContain('CSDL cross-check of the v1.0 pages:');
    const lint = await runCli('lint', '--docs', repo, '--metadata', csdl, '--metadata-version', 'v1.0');
    expect(lint.stdout).toContain('CSDL cross-check of the v1.0 pages:');
    const wrong = await build('--metadata-version', 'v2');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--metadata-version must be one of beta, v1.0; got "v2"');
  });
  it('docs of one version take no other --metadata-version', async () => {
    const result = await runCli('lint', '--docs', seeds, '--metadata', csdl, '--metadata-version', 'v1.0', '--no-cache');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--metadata-version v1.0');
  });
});
