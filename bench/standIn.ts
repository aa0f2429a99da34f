// The mock as a stand-in tenant: `graph-contracts mock --docs <docs>` in its own process on
// 127.0.0.1, and `graph-contracts run --target live` against it with a token in hand, read-only,
// exactly as a user's live run would go (settings in an env file, the mock's seeded ids as
// fixtures). Used by `npm run bench:suites -- --target live` and test/standIn.e2e.test.ts.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_ID } from '../src/mock/index.js';
import type { RunResult } from '../src/results/types.js';

/** The token in hand the live run signs with: opaque, so the mock checks no permission type. */
export const STAND_IN_TOKEN = 'stand-in-token-0f1e2d3c4b5a';
/** The tenant the live run names (the mock serves one tenant whatever it is called). */
export const STAND_IN_TENANT = '0b5e7d2a-3c4f-4e6a-8b9c-1d2e3f4a5b6c';

/** Where the children run and what they read. */
export interface StandInOptions {
  /** `dist/cli/main.js` of the build under test. */
  cli: string;
  /** Docs folder or archive both the mock and the run build from. */
  docs: string;
  /** Working folder: env file, fixtures, reports, the run's ledger, the children's logs. */
  dir: string;
  /** Build cache shared by the mock and the run (the mock fills it, the run reads it). */
  cacheDir?: string;
  /** Permission type of the sign-in the run assumes. @default 'delegatedWork' */
  authKind?: 'application' | 'delegatedWork' | 'delegatedPersonal';
  /** Per-request timeout of the live run (`GRAPH_TIMEOUT_MS`). @default 60000 */
  timeoutMs?: number;
  /** `--workers` of the run. @default the run's own default */
  workers?: number;
  /** Progress lines (the mock's and the run's stderr are in `dir`). */
  log?: (line: string) => void;
}

/** A `graph-contracts mock` child serving on 127.0.0.1. */
export interface StandInMock {
  url: string;
  /** SIGINT, then waits for it to stop. */
  stop(): Promise<void>;
}

/** What `run --target live` left. */
export interface StandInRun {
  code: number | null;
  /** `reports/results.json`, when the run wrote one. */
  run?: RunResult;
  reports: string;
  wallS: number;
  /** The run's last lines of stderr (all of it is in `<dir>/run.stderr`). */
  tail: string;
}

/** The children's environment: nothing of ours but PATH, HOME and the cache folder; the settings come from the env file. */
function childEnv(options: StandInOptions): Record<string, string> {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? options.dir };
  if (options.cacheDir) env.GRAPH_CONTRACTS_CACHE_DIR = options.cacheDir;
  return env;
}

function start(options: StandInOptions, args: string[], name: string): { child: ChildProcess; stdout: () => string; stderr: () => string; done: Promise<number | null> } {
  const child = spawn(process.execPath, [options.cli, ...args], { cwd: options.dir, env: childEnv(options), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const log = createWriteStream(join(options.dir, `${name}.stderr`));
  child.stdout!.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr!.setEncoding('utf8').on('data', (c: string) => {
    log.write(c);
    stderr = (stderr + c).slice(-20_000);
  });
  const done = new Promise<number | null>((resolve) => child.on('close', (code) => log.end(() => resolve(code))));
  return { child, stdout: () => stdout, stderr: () => stderr, done };
}

/**
 * Starts `graph-contracts mock --docs <docs> --port 0` and waits for the line naming its URL
 * (the mock binds first, then loads or builds the docs). Fails with the mock's own words if it
 * exits first or says nothing within `readyMs`.
 */
export async function startStandInMock(options: StandInOptions, readyMs = 600_000): Promise<StandInMock> {
  const mock = start(options, ['mock', '--docs', options.docs, '--port', '0'], 'mock');
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const m = / at (http:\/\/127\.0\.0\.1:\d+) /.exec(mock.stdout());
      if (m) {
        clearInterval(timer);
        resolve(m[1]!);
      }
    }, 50);
    const fail = (why: string) => {
      clearInterval(timer);
      mock.child.kill('SIGKILL');
      reject(new Error(`graph-contracts mock ${why}: ${mock.stderr().trim().split('\n').slice(-5).join(' | ')}`));
    };
    setTimeout(() => fail(`did not start within ${readyMs} ms`), readyMs).unref();
    void mock.done.then((code) => fail(`exited with ${code} before serving`));
  });
  options.log?.(`stand-in: graph-contracts mock serves ${options.docs} at ${url}`);
  return {
    url,
    async stop() {
      mock.child.kill('SIGINT');
      await mock.done;
    },
  };
}

/**
 * `graph-contracts run --target live --docs <docs>` against the stand-in: a token in hand
 * (`GRAPH_ACCESS_TOKEN` with `GRAPH_AUTH_KIND`), read-only (no `--allow-writes`), the mock's
 * seeded id for every path parameter (`--fixtures`), as a user would point a run at a tenant.
 */
export async function runLiveAgainst(mockUrl: string, options: StandInOptions): Promise<StandInRun> {
  const envFile = join(options.dir, 'stand-in.env');
  const settings = {
    AZURE_TENANT_ID: STAND_IN_TENANT,
    GRAPH_BASE_URL: mockUrl,
    GRAPH_ACCESS_TOKEN: STAND_IN_TOKEN,
    GRAPH_AUTH_KIND: options.authKind ?? 'delegatedWork',
    GRAPH_TIMEOUT_MS: String(options.timeoutMs ?? 60_000),
  };
  writeFileSync(envFile, Object.entries(settings).map(([k, v]) => `${k}=${v}\n`).join(''));
  const fixtures = join(options.dir, 'fixtures.json');
  writeFileSync(fixtures, JSON.stringify({ default: SEED_ID }));
  const reports = join(options.dir, 'reports');
  const args = ['run', '--target', 'live', '--docs', options.docs, '--env-file', envFile, '--fixtures', fixtures, '--reports', reports];
  if (options.workers) args.push('--workers', String(options.workers));
  const started = performance.now();
  const run = start(options, args, 'run');
  const code = await run.done;
  const wallS = (performance.now() - started) / 1000;
  const results = join(reports, 'results.json');
  return {
    code,
    ...(existsSync(results) ? { run: JSON.parse(readFileSync(results, 'utf8')) as RunResult } : {}),
    reports,
    wallS,
    tail: run.stderr().trim().split('\n').slice(-8).join('\n'),
  };
}
