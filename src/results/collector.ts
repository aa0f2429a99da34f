import type { Reporter, SerializedError, TestModule, TestRunEndReason } from 'vitest/node';
import type { DocDiagnostic } from '../docs/types.js';
import { redact } from '../redact/index.js';
import { fromVitest, type ModuleError } from './fromVitest.js';
import { summarize } from './summary.js';
import type { RunResult } from './types.js';

/** What the collector knows about the run besides the tests. */
export interface RunInfo {
  target: 'mock' | 'live';
  baseUrl?: string;
  docs: string;
  shard?: { index: number; count: number };
  diagnostics: DocDiagnostic[];
}

/** Everything a finished run produced, as handed to the runner. */
export interface CollectedRun {
  run: RunResult;
  moduleErrors: ModuleError[];
  unhandledErrors: string[];
}

/**
 * The vitest reporter that turns a run into `RunResult` (`collected`) at every end of run,
 * interrupted ones included (with `complete: false`); the runner writes the reports from it.
 */
export class ResultsCollector implements Reporter {
  private startedAt = new Date();
  /** The last finished run, once `onTestRunEnd` has run. */
  collected?: CollectedRun;

  constructor(private readonly info: RunInfo) {}

  onTestRunStart(): void {
    this.startedAt = new Date();
  }

  onTestRunEnd(modules: readonly TestModule[], unhandledErrors: readonly SerializedError[], reason: TestRunEndReason): void {
    const { cases, moduleErrors } = fromVitest(modules);
    const run: RunResult = {
      version: 1,
      target: this.info.target,
      baseUrl: this.info.baseUrl,
      docs: this.info.docs,
      shard: this.info.shard,
      startedAt: this.startedAt.toISOString(),
      durationMs: Date.now() - this.startedAt.getTime(),
      complete: reason !== 'interrupted',
      summary: summarize(cases),
      cases,
      diagnostics: this.info.diagnostics,
    };
    this.collected = { run, moduleErrors, unhandledErrors: unhandledErrors.map((e) => redact(e.message)) };
  }
}
