import type { Reporter, TestCase } from 'vitest/node';

/**
 * Progress while a run goes: a line every `everyMs` with counts, share done, time spent and an
 * estimate of the time left, and each failing test's name as it fails (up to
 * `maxFailureLines`, then counts only), through the given `log`.
 */
export class ProgressReporter implements Reporter {
  private done = 0;
  private failed = 0;
  private errors = 0;
  private skipped = 0;
  private started: number;
  private last: number;
  /** When the first case finished: the rate for the estimate leaves out start-up (workers, imports). */
  private firstAt: number | undefined;

  constructor(
    private readonly log: (line: string) => void,
    private readonly expected: number,
    private readonly everyMs = 2000,
    private readonly maxFailureLines = 25,
    private readonly now: () => number = Date.now,
  ) {
    this.started = this.last = now();
  }

  onTestRunStart(): void {
    this.started = this.last = this.now();
    this.firstAt = undefined;
  }

  onTestCaseResult(test: TestCase): void {
    this.done++;
    this.firstAt ??= this.now();
    const state = test.result().state;
    if (state === 'skipped') this.skipped++;
    if (state === 'failed') {
      const error = test.meta().graphContracts?.error !== undefined;
      if (error) this.errors++;
      else this.failed++;
      const shown = this.failed + this.errors;
      if (shown <= this.maxFailureLines) this.log(`  ${error ? '!' : '✗'} ${test.fullName}`);
      if (shown === this.maxFailureLines + 1) this.log('  … further failures are in the reports');
    }
    const now = this.now();
    if (now - this.last >= this.everyMs) {
      this.last = now;
      this.log(this.line(now));
    }
  }

  /** `  17546/30688 cases (57%) in 12 s, about 9 s left: 0 failed, 0 errors, 438 skipped` */
  line(now = this.now()): string {
    const spent = (now - this.started) / 1000;
    const share = this.expected > 0 ? Math.floor((100 * this.done) / this.expected) : 100;
    // An estimate from the first few cases would be noise; wait for 5% of them.
    const rated = this.firstAt !== undefined && this.done > 1 && this.done * 20 >= this.expected && this.expected > this.done;
    const perCase = rated ? (now - this.firstAt!) / 1000 / (this.done - 1) : 0;
    const left = rated ? `, about ${Math.ceil(perCase * (this.expected - this.done))} s left` : '';
    return `  ${this.done}/${this.expected} cases (${share}%) in ${Math.round(spent)} s${left}: ${this.failed} failed, ${this.errors} errors, ${this.skipped} skipped`;
  }
}
