import type { RunResult } from '../results/types.js';
import type { ReportOptions } from './types.js';
import { writeReports, type WrittenReports } from './write.js';

/** Exit codes of a process ended by a signal (128 + signal number), as shells report them. */
const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;

/**
 * Makes an interrupted run still leave reports: on SIGINT or SIGTERM it writes what `snapshot()`
 * returns (the cases that finished) marked `complete: false`, tells `onWritten`, then exits
 * 130/143. Returns a function that removes the handlers (call it once the run has written its
 * final reports). `exit` is injectable for tests.
 */
export function writeReportsOnInterrupt(
  snapshot: () => RunResult,
  dir: string,
  options: ReportOptions = {},
  onWritten: (written: WrittenReports, signal: NodeJS.Signals) => void = () => {},
  exit: (code: number) => void = (code) => process.exit(code),
): () => void {
  const handlers = (Object.keys(SIGNAL_EXIT) as (keyof typeof SIGNAL_EXIT)[]).map((signal) => {
    const handler = () => {
      dispose();
      onWritten(writeReports({ ...snapshot(), complete: false }, dir, options), signal);
      exit(SIGNAL_EXIT[signal]);
    };
    process.once(signal, handler);
    return [signal, handler] as const;
  });
  function dispose(): void {
    for (const [signal, handler] of handlers) process.off(signal, handler);
  }
  return dispose;
}
