import type { ContractSet } from '../contracts/types.js';
import type { CreateMatchers } from '../live/created.js';
import type { LiveTargetOptions } from '../live/target.js';
import type { DriftMode } from '../mock/index.js';
import type { RetryPolicy } from '../transport/retry.js';
import type { Fixtures } from './fixtures.js';

/**
 * How suite workers reopen a live target the runner opened: the settings files and the run's
 * ledger and write policy. Never a secret: workers read credentials from the same settings.
 */
export interface LiveTargetDescription {
  /** `--env-file`, absolute. @default `.env` in `cwd` when present */
  envFile?: string;
  /** Where relative settings (and `.env`) resolve. */
  cwd: string;
  /** `--allow-writes`; the tenant must still be in `GRAPH_WRITE_TENANTS`. */
  allowWrites: boolean;
  /** `--expect-denied`. */
  expectDenied: boolean;
  /** The run's ledger: every worker records its writes there, cleanup deletes what they created. */
  ledgerPath: string;
  /** The run's id: its marker goes into every create (see `src/live/marker.ts`). */
  runId: string;
  /** What creates what, and where (`CreateMatchers`), as case-insensitive RegExp sources. */
  creates: Record<keyof CreateMatchers, string[]>;
  /** Resources the fixtures file hands to the run's writes (`"disposable"`). */
  disposable?: Fixtures['disposable'];
}

/**
 * Where a run's requests go and under which rules: one serialisable value the runner, the
 * vitest global setup and every suite worker share (`connectTarget` turns it into a transport).
 */
export interface TargetDescription {
  kind: 'mock' | 'live';
  /** Base URL requests go to (the mock's `http://127.0.0.1:<port>`, or the tenant's Graph host). */
  baseUrl: string;
  /** Headers for every request (the mock's bearer token). @default none */
  headers: Record<string, string>;
  /** Live targets: how workers reopen the session (auth, write guard, ledger). */
  live?: LiveTargetDescription;
  /** Contract id → why its request is not sent (write gate, permission type). */
  skips: Record<string, string>;
  /** Contract ids sent to assert they are denied (`--expect-denied`). */
  expectDenied: string[];
  /**
   * Live writes: contract id → the path parameter that must name a resource the run creates for
   * it (or a disposable id of the fixtures), never one found by listing. @default none
   */
  ownParams?: Record<string, string>;
  retry?: Partial<RetryPolicy>;
  /** Parameter values when no fixtures file is given (the mock's seeded id). @default none */
  fixtures?: Fixtures;
  /** Requests in flight at once per suite file (same method phase only). @default 8 */
  concurrency?: number;
  /** Time allowed per request on a plain HTTP target (a live one has `GRAPH_TIMEOUT_MS`). @default 30000 */
  timeoutMs?: number;
}

/** A target opened for a run: its description, and how to finish (live: delete what the run created). */
export interface OpenedTarget {
  description: TargetDescription;
  close(): Promise<void>;
}

/** Live-target flags of `run`: `--env-file`, `--allow-writes`, `--expect-denied`, and where prompts and cleanup lines go. */
export interface LiveRunFlags extends Pick<LiveTargetOptions, 'envFile' | 'allowWrites' | 'expectDenied' | 'prompt' | 'cwd'> {
  log: (line: string) => void;
}

/** Options for opening a target. */
export interface TargetOptions {
  /** Mock only: drift applied to every request. @default none */
  drift?: DriftMode;
  /** The run's fixtures: a live run's writes may go to what they mark disposable. @default none */
  fixtures?: Fixtures;
  /** Live only. @default settings from `.env` and the environment, read-only */
  live?: LiveRunFlags;
  /** The run's Ctrl-C: a live sign-in still waiting (a device code prompt) stops when it aborts. */
  signal?: AbortSignal;
}

/** Opens the target of a run: the embedded mock on 127.0.0.1, or a live tenant. */
export type OpenTarget = (kind: 'mock' | 'live', set: ContractSet, options: TargetOptions) => Promise<OpenedTarget>;
