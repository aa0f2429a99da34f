import type { Reporter, Vitest } from 'vitest/node';
import { onInterrupt } from '../util/interrupt.js';

/** A run's Ctrl-C or CI cancel: `signal` aborts on the first SIGINT or SIGTERM after `watchInterruption`. */
export interface Interruption {
  signal: AbortSignal;
  /** Stops listening (at the run's end). */
  dispose(): void;
}

/**
 * Listens for the first SIGINT or SIGTERM from now until `dispose`, and turns it into an aborted
 * signal the run checks at each step (start the suites or not, cancel them). Installed before
 * vitest starts and kept until the reports are written: a signal in between would otherwise end
 * the process with no reports and no summary line (Node's default, or vitest's own handler). A
 * second signal is Node's default again (it ends a run that is slow to stop), unless a live
 * session handles it.
 */
export function watchInterruption(log: (line: string) => void): Interruption {
  const controller = new AbortController();
  const dispose = onInterrupt(() => {
    log('interrupted: stopping after the running tests; results keep what finished');
    controller.abort();
  }, 'default');
  return { signal: controller.signal, dispose };
}

/**
 * Cancels the vitest run when `signal` aborts. `cancelCurrentRun` alone loses a cancel that lands
 * while vitest is still starting (it clears its cancelling flag when the test run begins), so
 * the first test file queued or test prepared after the signal cancels again (vitest's flag is
 * internal: this tracks its own, cleared when the test run begins as vitest's is).
 */
export class CancelOnInterrupt implements Reporter {
  private vitest?: Vitest;
  /** Whether this test run was cancelled (vitest's own flag is internal). */
  private cancelled = false;

  constructor(private readonly signal: AbortSignal) {}

  onInit(vitest: Vitest): void {
    this.vitest = vitest;
    this.signal.addEventListener('abort', () => this.cancel(), { once: true });
    this.cancel();
  }

  onTestRunStart(): void {
    this.cancelled = false;
  }

  onTestModuleQueued(): void {
    this.cancel();
  }

  onTestCaseReady(): void {
    this.cancel();
  }

  onTestRunEnd(): void {
    this.vitest = undefined;
  }

  private cancel(): void {
    if (!this.signal.aborted || !this.vitest || this.cancelled) return;
    this.cancelled = true;
    void this.vitest.cancelCurrentRun('keyboard-input');
  }
}
