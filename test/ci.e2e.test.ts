import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import yaml from 'js-yaml';
import { beforeAll, describe, expect, test } from 'vitest';
import { CLI, buildForChildren, ROOT } from './live/__helpers__/cli.js';

const exec = promisify(execFile);

// docs/ci.md is a recipe users copy: its mock job's graph-contracts commands, run here in order on
// the bundled seed docs, must do what the page says. Both workflows must send the same commands.
const page = readFileSync(join(ROOT, 'docs', 'ci.md'), 'utf8');
const [github, azure] = [...page.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => yaml.load(m[1]!) as Record<string, unknown>);

interface Step { run?: string; script?: string }
const commands = (steps: Step[], shard: RegExp) =>
  steps.map((s) => s.run ?? s.script ?? '').filter((c) => c.includes('graph-contracts')).map((c) => c.replace(shard, '{shard}'));

const gh = github as { jobs: Record<string, { steps: Step[]; strategy?: { matrix: { shard: number[] } } }> };
const az = azure as { jobs: { job: string; steps: Step[]; strategy?: { matrix: Record<string, { shard: number }> } }[] };
const azJob = (name: string) => az.jobs.find((j) => j.job === name)!;
const shards = gh.jobs.shard!.strategy!.matrix.shard;

describe('docs/ci.md', () => {
  test('GitHub Actions and Azure Pipelines run the same graph-contracts commands on the same matrix', () => {
    expect(Object.values(azJob('shard').strategy!.matrix).map((m) => m.shard)).toEqual(shards);
    for (const [job, pattern] of [['shard', /\$\{\{ matrix\.shard \}\}/g], ['report', /\$\{\{ matrix\.shard \}\}/g], ['live', /\$\{\{ matrix\.shard \}\}/g]] as const) {
      expect(commands(azJob(job).steps, /\$\(shard\)/g)).toEqual(commands(gh.jobs[job]!.steps, pattern));
    }
    // The live job takes its settings from the CI's secret store, never from a committed file.
    expect(JSON.stringify(gh.jobs.live)).toContain('${{ secrets.AZURE_CLIENT_SECRET }}');
    expect(JSON.stringify(azJob('live'))).toContain('$(AZURE_CLIENT_SECRET)');
  });

  describe('the mock job, run here on the seeds', () => {
    let dir: string;
    const results: { command: string; code: number; stderr: string }[] = [];
    beforeAll(async () => {
      await buildForChildren();
      dir = mkdtempSync(join(tmpdir(), 'gc-ci-'));
      // `npx graph-contracts` of the recipe is this build of the CLI; the project is an empty folder with its committed baseline.
      const bin = join(dir, '.bin');
      mkdirSync(bin);
      writeFileSync(join(bin, 'graph-contracts'), `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n`);
      chmodSync(join(bin, 'graph-contracts'), 0o755);
      mkdirSync(join(dir, 'ci'));
      writeFileSync(join(dir, 'ci', 'graph-contracts-baseline.json'), JSON.stringify({ version: 1, entries: [] }));
      const sequence = [
        ...shards.flatMap((i) => commands(gh.jobs.shard!.steps, /\$\{\{ matrix\.shard \}\}/g).map((c) => c.replaceAll('{shard}', String(i)))),
        ...commands(gh.jobs.report!.steps, /\$\{\{ matrix\.shard \}\}/g),
      ];
      for (const command of sequence) {
        const shell = command.replaceAll('npx graph-contracts', 'graph-contracts');
        try {
          const { stderr } = await exec('bash', ['-c', shell], { cwd: dir, env: { ...process.env, CI: '', PATH: `${bin}:${process.env.PATH}` } });
          results.push({ command, code: 0, stderr });
        } catch (err) {
          const e = err as { code: number; stderr: string };
          results.push({ command, code: e.code, stderr: e.stderr });
        }
      }
    }, 300_000);

    test('every step passes, the gate included', () => {
      expect(results.map((r) => [r.command, r.code, r.code === 0 ? '' : r.stderr])).toEqual(results.map((r) => [r.command, 0, '']));
      expect(results.some((r) => r.command.includes('graph-contracts gate'))).toBe(true);
    });

    test('the merged reports hold every case of a single run, with JUnit, HTML and SARIF to publish', () => {
      const merged = JSON.parse(readFileSync(join(dir, 'reports', 'results.json'), 'utf8')) as { complete: boolean; cases: { contractId: string }[] };
      expect(merged.complete).toBe(true);
      expect(new Set(merged.cases.map((c) => c.contractId)).size).toBe(4);
      for (const shard of shards) expect(existsSync(join(dir, 'out', `shard-${shard}`, 'results.json'))).toBe(true);
      expect(readFileSync(join(dir, 'reports', 'junit.xml'), 'utf8')).toMatch(/^<\?xml[\s\S]*<testsuites /);
      expect(existsSync(join(dir, 'reports', 'index.html'))).toBe(true);
      expect(JSON.parse(readFileSync(join(dir, 'reports', 'lint.sarif'), 'utf8'))).toMatchObject({ version: '2.1.0' });
    });
  });
});
