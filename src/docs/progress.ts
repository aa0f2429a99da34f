import type { DocVersion } from './types.js';

/**
 * What reading and building docs report as they go, for a progress display (`src/cli/progress`):
 * the stages are synchronous, so a display cannot poll on a timer and is told instead. Each event
 * says where the work is; `done` ends a build (a command may build more than once).
 */
export type BuildProgress =
  /** Markdown files read so far and bytes read: of an archive (`totalBytes`, its size on disk), or of a folder's `totalFiles` pages. */
  | { stage: 'read'; files: number; bytes: number; totalBytes?: number; totalFiles?: number }
  /** Pages parsed of all. */
  | { stage: 'parse'; done: number; total: number }
  /** A stage of one API version's build entered (`version` undefined for a flat folder of pages). */
  | { stage: 'model' | 'schemas' | 'contracts'; version?: DocVersion }
  /** The build is in hand. */
  | { stage: 'done'; pages: number; contracts: number }
  /** Artifacts written or removed of those that changed (after `done`: writing is not part of the build); `done === total` ends it. */
  | { stage: 'write'; done: number; total: number };

/** Receives `BuildProgress` events; it must not throw and should return at once (it runs inside the build's loops). */
export type OnBuildProgress = (event: BuildProgress) => void;
