import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill('SIGKILL');
});

/** Starts `graph-contracts mock` and resolves with its startup line. */
function startCli(args: string[]): { child: ChildProcess; line: Promise<string>; exit: Promise<{ code: number | null; stdout: string; stderr: string }> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'mock', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let stdout = '';
  let stderr = '';
  const line = new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      stdout += d.toString();
      const first = stdout.split('\n')[0];
      if (stdout.includes('\n') && first) resolve(first);
    });
    child.on('exit', () => reject(new Error(`exited before listening: ${stderr}`)));
  });
  // Tests that expect an early exit never await the startup line.
  line.catch(() => undefined);
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exit = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
  return { child, line, exit };
}

describe('graph-contracts mock', () => {
  test('prints its URL and operation count, serves the seeds, and stops cleanly on SIGINT', async () => {
    const { child, line, exit } = startCli(['--port', '0']);
    const startup = await line;
    expect(startup).toMatch(/^graph-contracts mock: 4 contracts, 4 operations from .+ at http:\/\/127\.0\.0\.1:\d+ /);
    const url = /at (http:\/\/127\.0\.0\.1:\d+)/.exec(startup)![1]!;
    const res = await fetch(`${url}/beta/education/synchronizationProfiles/86904b1e-c7d0-4ead-b13a-98f11fc400ee/profileStatus`, { headers: { authorization: 'Bearer t' } });
    expect(res.status).toBe(200);
    child.kill('SIGINT');
    const { code, stdout } = await exit;
    expect(code).toBe(0);
    expect(stdout).toContain('graph-contracts mock: stopped');
  });

  test('--https prints the certificate file and the environment line a client needs', async () => {
    const { child, exit } = startCli(['--port', '0', '--https']);
    const env = await new Promise<string>((resolve) => {
      let out = '';
      child.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /^export NODE_EXTRA_CA_CERTS=(.+\.pem)$/m.exec(out);
        if (m) resolve(m[1]!);
      });
    });
    const pem = readFileSync(env, 'utf8');
    expect(pem).toMatch(/^-----BEGIN CERTIFICATE-----/);
    child.kill('SIGINT');
    expect((await exit).code).toBe(0);
  });

  test('a bad --port exits 2 naming the setting', async () => {
    const { exit } = startCli(['--port', 'eighty']);
    const { code, stderr } = await exit;
    expect(code).toBe(2);
    expect(stderr).toContain('--port');
  });
});
