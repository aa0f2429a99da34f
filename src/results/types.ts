import type { Violation } from '../contracts/types.js';
import type { DocDiagnostic, SourceRef } from '../docs/types.js';

/** Outcome of one case (one contract × one check family). */
export type CaseState = 'passed' | 'failed' | 'error' | 'skipped';

/** A request/response exchange as shown in reports; secrets already redacted. */
export interface Transcript {
  /** `note`: how the request went out when that is unusual (`requestNote`, e.g. a GET with a body). */
  request: { method: string; url: string; headers: Record<string, string>; body?: string; note?: string };
  response?: { status: number; headers: Record<string, string>; body?: string; elapsedMs: number };
}

/** One test: a documented request × a check. */
export interface CaseResult {
  /** `<contract-id>::<check-id>`; stable across runs (baselines key on it). */
  id: string;
  contractId: string;
  checkId: string;
  /** Human name: `PATCH /education/... > status code`. */
  name: string;
  /** `METHOD /path/template`. */
  operation: string;
  /** Resource/type the operation is about, for grouping. */
  resource?: string;
  page: string;
  source: SourceRef;
  state: CaseState;
  durationMs: number;
  violations: Violation[];
  /** For `error`: a RunnerError code and message. */
  error?: { code: string; message: string };
  skipReason?: string;
  transcript?: Transcript;
  /** Graph `request-id` (and `client-request-id`) of the response, for support tickets. */
  requestId?: string;
  clientRequestId?: string;
  /** For `failed`: set when the docs explain every violation (see `DocDefectNote`). */
  docDefects?: DocDefectNote[];
}

/**
 * A violation the docs explain: the page's own response example breaks the type its pages
 * document, so the service (or mock) answering like the example must fail; or several pages
 * document one DELETE of one resource as a success, and another page's case removed it earlier
 * in the run. Still a failure: the contract is contradictory; the note says which doc lines to fix.
 */
export interface DocDefectNote {
  /** JSON pointer of the violation. */
  pointer: string;
  /** `the page's example at api/x.md:120 shows …/allowMultipleLines = false, but resources/y.md:38 documents it as Edm.String`. */
  reason: string;
  /** The example line at fault. */
  example: SourceRef;
  /** The property's row in the resource page's table, when the model has it. */
  definition?: SourceRef;
}

/** Counts by state. */
export interface Summary {
  total: number;
  passed: number;
  failed: number;
  errors: number;
  skipped: number;
}

/**
 * Where the reports of a run link a doc file (`api/user-get.md`), recorded in `results.json` so a
 * re-rendered report links the same way:
 * - `url`: a base the user gave (`--docs-url`, e.g. a repository's blob URL ending in `/`):
 *   `<base><file>#L<line>`;
 * - `learn`: the docs came in the docs repository layout, so each page has its published page on
 *   learn.microsoft.com, derived from the page's name and API version;
 * - `folder`: a docs folder on this machine: the file by its absolute path (`file://`).
 * A run with none of these (docs read from an archive) shows doc references as text.
 */
export type DocLinks = { kind: 'url'; base: string } | { kind: 'learn'; version?: 'beta' | 'v1.0' } | { kind: 'folder'; path: string };

/** Everything a run produced. Serialized as `reports/results.json` (`version` bumps on breaking changes). */
export interface RunResult {
  version: 1;
  target: 'mock' | 'live';
  baseUrl?: string;
  /** Label of the docs the contracts came from (folder, tarball, or `default`). */
  docs: string;
  shard?: { index: number; count: number };
  startedAt: string;
  durationMs: number;
  /** False when the run was interrupted; results hold what finished. */
  complete: boolean;
  summary: Summary;
  cases: CaseResult[];
  diagnostics: DocDiagnostic[];
  /** How reports link doc files (`reporters/docLinks.ts`); absent: doc references are text. */
  docLinks?: DocLinks;
}

/**
 * What a suite test hands to reporters through vitest's `task.meta` (never parsed from test names).
 * The suite writes it; `results/fromVitest.ts` reads it.
 */
export interface CaseMeta {
  contractId: string;
  checkId: string;
  operation: string;
  resource?: string;
  page: string;
  source: SourceRef;
  violations?: Violation[];
  skipReason?: string;
  error?: { code: string; message: string };
  transcript?: Transcript;
  requestId?: string;
  clientRequestId?: string;
}
