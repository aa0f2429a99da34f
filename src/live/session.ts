import { resolve } from 'node:path';
import { formatCleanup, type CleanupReport } from './cleanup.js';
import { onInterrupt } from './interrupt.js';
import { openLiveTarget, type LiveTarget, type LiveTargetOptions } from './target.js';
import { WORKER_ENV } from './worker.js';

/** Options of a live run's parent process. */
export interface LiveSessionOptions extends LiveTargetOptions {
  /** Progress and cleanup lines (already free of secrets). */
  log: (line: string) => void;
  /**
   * With it, SIGINT/SIGTERM clean up at once and then call it (the caller exits, 130). Without it
   * no signal handler is installed: the caller's own interrupt handling ends the run and calls
   * `finish()`, so cleanup runs after the last request, not during one.
   */
  onInterrupted?: (report: CleanupReport) => void;
}

/** A live run in progress, seen from the parent process. */
export interface LiveSession {
  target: LiveTarget;
  /** Deletes what the run created and stops watching for interrupts. Never throws. */
  finish(): Promise<CleanupReport>;
}

/** Grace for a create that was in flight when cleanup started, before the second pass. */
const SECOND_PASS_DELAY_MS = 500;

/**
 * Starts a live run: validates the settings, signs in once (the device code prompt, if any, happens
 * here, so workers then sign in silently from the token cache), hands the settings to worker
 * processes through the environment, and cleans up on SIGINT/SIGTERM as well as at the end.
 * Throws ConfigError, TenantAuthError or TenantUnreachableError before anything is sent to Graph.
 */
export async function startLiveSession(options: LiveSessionOptions): Promise<LiveSession> {
  const target = openLiveTarget(options);
  await target.tokens.getToken();
  process.env[WORKER_ENV.envFile] = options.envFile ? resolve(options.cwd ?? process.cwd(), options.envFile) : '';
  process.env[WORKER_ENV.ledger] = target.ledger.path;
  process.env[WORKER_ENV.allowWrites] = target.policy.allowWrites ? '1' : '';
  let finishing: Promise<CleanupReport> | undefined;
  const finish = () => {
    finishing ??= (async () => {
      dispose();
      let report = await target.cleanup();
      if (target.ledger.pending().length > report.failed.length) {
        await new Promise((r) => setTimeout(r, SECOND_PASS_DELAY_MS));
        const second = await target.cleanup();
        report = { deleted: [...report.deleted, ...second.deleted], gone: [...report.gone, ...second.gone], failed: second.failed, unlocated: [...report.unlocated, ...second.unlocated] };
      }
      for (const line of formatCleanup(report)) options.log(line);
      return report;
    })();
    return finishing;
  };
  const { onInterrupted } = options;
  const dispose = onInterrupted
    ? onInterrupt(async (signal) => {
        options.log(`${signal}: stopping; deleting what this run created`);
        onInterrupted(await finish());
      })
    : () => {};
  return { target, finish };
}
