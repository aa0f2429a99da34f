import { Command } from 'commander';
import { vi } from 'vitest';
import { RunnerError } from '../../errors.js';
import { loadCommands } from '../commands/index.js';

/**
 * Runs the CLI in-process (as `main.ts` does, without spawning a process per call) and returns its
 * exit code and output. RunnerErrors map to exit 2 and their message to stderr, as in `main.ts`.
 */
export async function runCli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const program = new Command('graph-contracts').exitOverride().configureOutput({ writeOut: (s) => (stdout += s), writeErr: (s) => (stderr += s) });
  for (const register of await loadCommands()) register(program);
  const spies = [
    vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void (stdout += `${a.join(' ')}\n`)),
    vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void (stderr += `${a.join(' ')}\n`)),
    vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => ((stdout += String(s)), true)),
  ];
  const before = process.exitCode;
  process.exitCode = 0;
  let code = 0;
  try {
    await program.parseAsync(['node', 'graph-contracts', ...args]);
    code = Number(process.exitCode ?? 0);
  } catch (err) {
    if (!(err instanceof RunnerError) && !(err instanceof Error && 'exitCode' in err)) throw err;
    if (err instanceof RunnerError) stderr += `graph-contracts: ${err.message} [${err.code}]\n`;
    code = 2;
  } finally {
    for (const s of spies) s.mockRestore();
    process.exitCode = before;
  }
  return { code, stdout, stderr };
}
