import type { Reporter, TestCase } from 'vitest/node';

/**
 * Progress while a run goes: a line every `everyMs` with counts, and each failing test's name
 * as it fails (up to `maxFailureLines`, then counts only), through the given `log`.
 */
export class ProgressReporter implements Reporter {
  private done = 0;
  private failed = 0;
  private skipped = 0;
  private last = Date.now();

  constructor(
    private readonly log: (line: string) => void,
    private readonly expected: number,
    private readonly everyMs = 2000,
    private readonly maxFailureLines = 25,
  ) {}

  onTestRunStart(): void {
    this.last = Date.now();
  }

  onTestCaseResult(test: TestCase): void {
    this.done++;
    const state = test.result().state;
    if (state === 'skipped') this.skipped++;
    if (state === 'failed') {
      this.failed++;
      const mark = test.meta().graphContracts?.error ? '!' : '✗';
      if (this.failed <= this.maxFailureLines) this.log(`  ${mark} ${test.fullName}`);
      if (this.failed === this.maxFailureLines + 1) this.log('  … further failures are in the reports');
    }
    if (Date.now() - this.last >= this.everyMs) {
      this.last = Date.now();
      this.log(`  ${this.done}/${this.expected} cases run (${this.failed} failed or errored, ${this.skipped} skipped)`);
    }
  }
}
