import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

/** Repo root. */
export const ROOT = resolve(import.meta.dirname, '../../..');
/** Compiled tree the children run: a build of the current sources, separate from `dist/`. */
export const BUILD = join(ROOT, '.cache', 'e2e-build');
export const CLI = join(BUILD, 'dist', 'cli', 'main.js');

/**
 * Compiles src/ for child processes. Children are needed because NODE_EXTRA_CA_CERTS is read at
 * process start; compiling (incrementally) keeps them on the sources under test, not a stale dist/.
 */
export async function buildForChildren(): Promise<void> {
  mkdirSync(BUILD, { recursive: true });
  // Test files build in parallel workers: one at a time, the second then finds it up to date.
  const lock = join(BUILD, 'lock');
  for (const end = Date.now() + 180_000; ; ) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > end) rmSync(lock, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    await compile();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

async function compile(): Promise<void> {
  // main.ts reads ../../package.json relative to itself; node_modules resolve from the repo root;
  // `run` reads the committed contracts, schemas and suites from the package root.
  copyFileSync(join(ROOT, 'package.json'), join(BUILD, 'package.json'));
  for (const dir of ['contracts', 'schemas', 'suites']) cpSync(join(ROOT, dir), join(BUILD, dir), { recursive: true });
  await promisify(execFile)(process.execPath, [
    join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'tsconfig.build.json'),
    '--outDir', join(BUILD, 'dist'), '--incremental', '--tsBuildInfoFile', join(BUILD, 'tsbuildinfo'),
    '--declaration', 'false', '--sourceMap', 'false',
  ], { cwd: ROOT });
}

/** Result of a finished child. */
export interface ChildResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** A running child with its output so far. */
export interface RunningChild {
  child: ChildProcess;
  output: () => string;
  done: Promise<ChildResult>;
}

/** Starts `node <script> ...args` with an environment holding only what the test gives (plus PATH). */
export function startNode(args: string[], env: Record<string, string>, cwd: string): RunningChild {
  const child = spawn(process.execPath, args, { cwd, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr!.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  const done = new Promise<ChildResult>((res) => child.on('close', (code, signal) => res({ code, signal, stdout, stderr })));
  return { child, output: () => stdout + stderr, done };
}

/** Runs the CLI to completion. */
export function runCli(args: string[], env: Record<string, string>, cwd: string): Promise<ChildResult> {
  return startNode([CLI, ...args], env, cwd).done;
}

/** Resolves once `ready()` holds; fails the test after `timeoutMs`. */
export async function until(ready: () => boolean, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!ready()) {
    if (Date.now() > end) throw new Error('timed out waiting for the child');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Every line of the ledgers a live run in `cwd` wrote (`.cache/ledger/*.jsonl`); none yet: []. */
export function ledgerLines(cwd: string): string[] {
  const dir = join(cwd, '.cache', 'ledger');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter(Boolean));
}
