import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

/** Absolute path of an executable on PATH (or the given absolute path), if present. */
export function findTool(name: string): string | undefined {
  if (name.startsWith('/')) return existsSync(name) ? name : undefined;
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The tool's path, or skips the test saying how to install it. Under CI=true a missing tool fails
 * the test instead: CI must not pass by skipping what it is there to check.
 */
export function requireTool(ctx: { skip(note?: string): void }, name: string, install: string): string {
  const path = findTool(name);
  if (path) return path;
  const message = `${name} is not installed (${install})`;
  if (isCi()) throw new Error(`${message}; it is required under CI=true`);
  ctx.skip(message);
  throw new Error(message);
}

function isCi(): boolean {
  const ci = process.env.CI;
  return ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0';
}
