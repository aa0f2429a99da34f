import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, startNode, type ChildResult, type RunningChild } from './cli.js';
import { writeEnvFile } from './env.js';

/**
 * A folder for one CLI run holding everything the run may write: its working directory (reports,
 * `.cache/ledger`), its TMPDIR and its HOME. Inputs (env file, fixtures, docs) live outside it, so
 * every file found inside was written by the run.
 */
export interface RunFolder {
  root: string;
  cwd: string;
  env: Record<string, string>;
}

export function runFolder(parent: string): RunFolder {
  const root = mkdtempSync(join(parent, 'run-'));
  const [cwd, tmp, home] = ['cwd', 'tmp', 'home'].map((d) => join(root, d)) as [string, string, string];
  for (const d of [cwd, tmp, home]) mkdirSync(d);
  return { root, cwd, env: { TMPDIR: tmp, HOME: home } };
}

/** Every file under `dir`, with its text. */
export function filesUnder(dir: string): { file: string; text: string }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile())
    .map((file) => ({ file, text: readFileSync(file, 'utf8') }));
}

/** Writes the inputs of a live run (env file, fixtures) into a fresh folder of `parent`. */
export function liveInputs(parent: string, env: Record<string, string>, fixtures: object): { envFile: string; fixturesFile: string } {
  const dir = mkdtempSync(join(parent, 'inputs-'));
  const fixturesFile = join(dir, 'fixtures.json');
  writeFileSync(fixturesFile, JSON.stringify(fixtures));
  return { envFile: writeEnvFile(dir, 'live.env', env), fixturesFile };
}

/**
 * Starts `graph-contracts run --target live` in the folder, with the given inputs: one suite
 * worker, as these runs are many and small (other test files share the machine).
 */
export function startLiveRun(folder: RunFolder, inputs: { envFile: string; fixturesFile: string }, docs: string, childEnv: Record<string, string>, extra: string[] = []): RunningChild {
  const args = ['run', '--target', 'live', '--docs', docs, '--env-file', inputs.envFile, '--fixtures', inputs.fixturesFile, '--reports', join(folder.cwd, 'reports'), '--workers', '1', ...extra];
  return startNode([CLI, ...args], { ...childEnv, ...folder.env }, folder.cwd);
}

/** The resume command a stopped cleanup printed, as arguments for the CLI. */
export function resumeArgs(result: ChildResult): string[] | undefined {
  const line = /^resume with: graph-contracts (.+)$/m.exec(result.stderr + result.stdout)?.[1];
  return line?.match(/'[^']*'|\S+/g)?.map((w) => (w.startsWith("'") ? w.slice(1, -1) : w));
}
