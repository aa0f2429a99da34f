import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AuthSource } from '../auth/types.js';
import { RunInterruptedError } from '../errors.js';
import { onInterrupt } from '../util/interrupt.js';
import { formatCleanup, mergeReports, type CleanupReport } from './cleanup.js';
import type { Ledger } from './ledger.js';
import { openLiveTarget, type LiveTarget, type LiveTargetOptions } from './target.js';

/** Options of a live run's parent process. */
export interface LiveSessionOptions extends LiveTargetOptions {
  /** Progress and cleanup lines (already free of secrets). */
  log: (line: string) => void;
  /**
   * With it, the first SIGINT/SIGTERM cleans up at once and then calls it (the caller exits, 130).
   * Without it the first signal only stops new requests: the caller's own interrupt handling ends
   * the run and calls `finish()`, so cleanup runs after the last answer, not during one.
   */
  onInterrupted?: (report: CleanupReport) => void;
  /**
   * The run's own Ctrl-C, watched before the session starts: when it aborts during the sign-in
   * (a device code prompt waits for the user), the sign-in stops and nothing is sent to Graph.
   */
  signal?: AbortSignal;
}

/** A live run in progress, seen from the parent process. */
export interface LiveSession {
  target: LiveTarget;
  /** Deletes what the run created, then stops watching for interrupts. Never throws. */
  finish(): Promise<CleanupReport>;
  /** The command that finishes this run's cleanup from its ledger, to print when something is left. */
  resumeCommand: string;
}

/** Grace for a create that was in flight when cleanup started, before the second pass. */
const SECOND_PASS_DELAY_MS = 500;

/**
 * Starts a live run: validates the settings, signs in once (the device code prompt, if any, happens
 * here, so workers then sign in silently from the token cache), and watches for interrupts until
 * `finish()` has cleaned up. The first SIGINT/SIGTERM stops new requests (every worker's guard
 * reads the ledger's stop line) and lets cleanup run; a second one, whenever it comes, prints what
 * is still in the tenant and the command that resumes cleanup, and exits 2.
 * Throws ConfigError, TenantAuthError or TenantUnreachableError before anything is sent to Graph.
 */
export async function startLiveSession(options: LiveSessionOptions): Promise<LiveSession> {
  const target = openLiveTarget(options);
  await signIn(target.auth, options.signal);
  const resumeCommand = resumeCommandFor(target.ledger, options);
  let finishing: Promise<CleanupReport> | undefined;
  const finish = () => {
    finishing ??= (async () => {
      try {
        let report = await target.cleanup(undefined, options.log);
        if (target.ledger.pending().length > report.failed.length) {
          await new Promise((r) => setTimeout(r, SECOND_PASS_DELAY_MS));
          report = mergeReports(report, await target.cleanup(undefined, options.log));
        }
        for (const line of formatCleanup(report)) options.log(line);
        if (target.ledger.pending().length > 0 || target.ledger.unknownCreates().length > 0) options.log(`cleanup: to try again later: ${resumeCommand}`);
        return report;
      } finally {
        dispose();
      }
    })();
    return finishing;
  };
  const dispose = onInterrupt(
    async (signal) => {
      target.ledger.stop();
      options.log(`${signal}: stopping: no new requests; deleting what this run created (interrupt again to stop cleanup and list what is left)`);
      if (options.onInterrupted) options.onInterrupted(await finish());
    },
    (signal) => {
      for (const line of leftoverLines(target.ledger, resumeCommand, signal)) options.log(line);
      process.exit(2);
    },
  );
  return { target, finish, resumeCommand };
}

/**
 * Signs in once. A `signal` that aborts first ends the wait at once (the sign-in is told to stop
 * too: msal's device code polling would otherwise keep the process alive until the code expires).
 * @throws RunInterruptedError when interrupted; nothing was sent to Graph
 */
async function signIn(auth: AuthSource, signal: AbortSignal | undefined): Promise<void> {
  const interrupted = () => new RunInterruptedError('interrupted during sign-in: nothing was sent to Graph');
  if (!signal) return void (await auth.headers());
  if (signal.aborted) throw interrupted();
  const signing = auth.headers({ signal });
  // The sign-in may fail after the race is lost (a cancelled device code): that is no news.
  signing.catch(() => {});
  let onAbort: (() => void) | undefined;
  try {
    await Promise.race([signing, new Promise<never>((_, reject) => signal.addEventListener('abort', (onAbort = () => reject(interrupted())), { once: true }))]);
  } finally {
    if (onAbort) signal.removeEventListener('abort', onAbort);
  }
}

/** What a run leaves in the tenant according to its ledger, and how to resume cleanup. */
export function leftoverLines(ledger: Ledger, resumeCommand: string, signal: string): string[] {
  const pending = ledger.pending();
  const unknown = ledger.unknownCreates();
  if (pending.length === 0 && unknown.length === 0) return [`${signal} again: cleanup stopped; nothing this run created is left`];
  return [
    `${signal} again: cleanup stopped; ${pending.length + unknown.length} resource(s) this run created may still be in the tenant:`,
    ...pending.map((e) => `  ${e.url} (created by ${e.createdBy})`),
    ...unknown.map((i) => `  ${i.method} ${i.url}: outcome unknown${i.create?.marker ? ` (its ${i.create.marker.field} holds ${ledger.runHeader()?.marker ?? i.create.marker.value})` : ''}`),
    `resume with: ${resumeCommand}`,
  ];
}

/** `graph-contracts cleanup --ledger <file> --allow-writes [--env-file <file>]`, paths absolute, quoted for a POSIX shell. */
function resumeCommandFor(ledger: Ledger, options: LiveTargetOptions): string {
  const cwd = options.cwd ?? process.cwd();
  const envFile = options.envFile ? resolve(cwd, options.envFile) : existsSync(resolve(cwd, '.env')) ? resolve(cwd, '.env') : undefined;
  return ['graph-contracts', 'cleanup', '--ledger', resolve(cwd, ledger.path), '--allow-writes', ...(envFile ? ['--env-file', envFile] : [])].map(shellWord).join(' ');
}

function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
