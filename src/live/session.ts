import { onInterrupt } from '../util/interrupt.js';
import { formatCleanup, type CleanupReport } from './cleanup.js';
import { openLiveTarget, type LiveTarget, type LiveTargetOptions } from './target.js';

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
 * here, so workers then sign in silently from the token cache), and cleans up on SIGINT/SIGTERM as
 * well as at the end. Workers open the same target from its description (`src/target`).
 * Throws ConfigError, TenantAuthError or TenantUnreachableError before anything is sent to Graph.
 */
export async function startLiveSession(options: LiveSessionOptions): Promise<LiveSession> {
  const target = openLiveTarget(options);
  await target.auth.headers();
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
