import { clearLine, cursorTo } from 'node:readline';
import type { BuildProgress, OnBuildProgress } from '../docs/progress.js';
import { megabytes } from '../util/megabytes.js';

/** Where progress goes: stderr, or a test's stand-in. */
export interface ProgressStream {
  write(text: string): boolean;
  isTTY?: boolean;
  columns?: number;
}

/** Options of `progressDisplay`. */
export interface ProgressDisplayOptions {
  /** @default process.stderr (stdout is the command's output, parsed by scripts) */
  stream?: ProgressStream;
  /** Milliseconds, for the throttling. @default performance.now */
  now?: () => number;
  /** Off a terminal: a line at most this often, the first only once a build has taken this long. @default 3000 */
  everyMs?: number;
}

/** A progress display for reading and building docs, fed by `BuildProgress` events. */
export interface ProgressDisplay {
  onProgress: OnBuildProgress;
  /** Prints a line of its own (a download's progress) without breaking the live line. */
  log(line: string): void;
  /** Clears the live line and forgets the build (before an error is printed: it failed part-way). */
  clear(): void;
}

/** On a terminal: the live line appears only for a build slower than this (no flicker for a few pages), and is redrawn at most this often. */
const TTY_DELAY_MS = 300;
const TTY_REDRAW_MS = 100;

/**
 * Shows reading and building docs as it goes. On a terminal (`stream.isTTY`) one line rewritten
 * in place and cleared when the build is done; elsewhere (CI logs, pipes) a plain line every
 * `everyMs`, and nothing at all for a build that finishes sooner. Events come from inside
 * synchronous stages, where no timer can fire: each one checks the clock instead.
 * Written on `node:readline`'s `cursorTo`/`clearLine` rather than a progress-bar package: those
 * (cli-progress, log-update with its cursor hiding) redraw on their own timers, which cannot run
 * during the build, and ours is one line of counts, not a bar.
 */
export function progressDisplay(options: ProgressDisplayOptions = {}): ProgressDisplay {
  const stream = options.stream ?? process.stderr;
  const now = options.now ?? (() => performance.now());
  const everyMs = options.everyMs ?? 3000;
  let startedAt: number | undefined;
  let last = 0;
  let lastStage: BuildProgress['stage'] | undefined;
  let shown = false;
  let printed = false;

  const clearLive = () => {
    if (!shown) return;
    cursorTo(stream as NodeJS.WritableStream, 0);
    clearLine(stream as NodeJS.WritableStream, 0);
    shown = false;
  };
  /** The end of a build, or of one that failed: the next event starts a new one. */
  const reset = () => {
    startedAt = undefined;
    lastStage = undefined;
    printed = false;
  };
  const draw = (text: string) => {
    // A stream with no size (a pseudo-terminal without one) reports 0 columns.
    const width = Math.max(20, (stream.columns || 80) - 1);
    cursorTo(stream as NodeJS.WritableStream, 0);
    stream.write(text.length > width ? `${text.slice(0, width - 1)}…` : text);
    clearLine(stream as NodeJS.WritableStream, 1);
    shown = true;
  };

  const onProgress: OnBuildProgress = (event) => {
    const t = now();
    if (event.stage === 'done' || (event.stage === 'write' && event.done === event.total)) {
      if (stream.isTTY) clearLive();
      else if (printed) stream.write(`${describe(event)} [${seconds(t - startedAt!)}]\n`);
      reset();
      return;
    }
    startedAt ??= t;
    const elapsed = t - startedAt;
    if (stream.isTTY) {
      if (elapsed < TTY_DELAY_MS || (t - last < TTY_REDRAW_MS && event.stage === lastStage)) return;
      draw(`${describe(event)} [${seconds(elapsed)}]`);
    } else {
      if (t - (printed ? last : startedAt) < everyMs) return;
      stream.write(`${describe(event)} [${seconds(elapsed)}]\n`);
      printed = true;
    }
    last = t;
    lastStage = event.stage;
  };

  return {
    onProgress,
    log: (line) => {
      clearLive();
      stream.write(`${line}\n`);
    },
    clear: () => {
      clearLive();
      reset();
    },
  };
}

let processDisplay: ProgressDisplay | undefined;

/** The display on this process's stderr, shared by every build of a command and cleared before its error lines. */
export function stderrProgress(): ProgressDisplay {
  return (processDisplay ??= progressDisplay());
}

/** One event as a line: where the read or build is. */
export function describe(event: BuildProgress): string {
  const of = (version?: string) => (version ? ` (${version})` : '');
  switch (event.stage) {
    case 'read': {
      const share = event.totalBytes ? `, ${percent(event.bytes, event.totalBytes)} of the archive` : event.totalFiles ? ` of ${event.totalFiles}` : '';
      return event.totalFiles ? `reading docs: ${event.files}${share} files, ${megabytes(event.bytes)}` : `reading docs: ${event.files} files, ${megabytes(event.bytes)}${share}`;
    }
    case 'parse':
      return `parsing pages: ${event.done} of ${event.total} (${percent(event.done, event.total)})`;
    case 'model':
      return `building the model${of(event.version)}`;
    case 'schemas':
      return `deriving schemas${of(event.version)}`;
    case 'contracts':
      return `deriving contracts${of(event.version)}`;
    case 'done':
      return `docs built: ${event.pages} pages, ${event.contracts} contracts`;
    case 'write':
      return `writing artifacts: ${event.done} of ${event.total} (${percent(event.done, event.total)})`;
  }
}

const percent = (part: number, whole: number) => `${Math.floor((100 * part) / Math.max(1, whole))}%`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
