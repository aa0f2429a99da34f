// A live run against the stand-in mock next to a mock run of the same docs: which failed cases
// differ, and why. The live run is read-only with a token of one permission type, so it leaves
// out writes and requests that type may not make; every other case it must judge as the mock
// run does. Used by test/live/standIn.e2e.test.ts.
import type { CaseResult, RunResult } from '../src/results/types.js';

/** Why a live run may leave a case out: the write gate, or the sign-in's permission type. */
const NOT_SENT = [/live runs are read-only without --allow-writes$/, /permissions: "Not supported\." \(/];
/** Skips both runs make alike: the check does not apply to the answer. */
const NOT_APPLICABLE = / does not apply to this contract and response /;

/** A case the two runs judge differently. */
export interface RunDifference {
  caseId: string;
  mock: string;
  live: string;
  /** Where the difference comes from, e.g. `live run error TRANSPORT_FAILED` or `the mock run's own writes`. */
  cause: string;
  /** The first violation or error message, shortened. */
  detail: string;
}

/** What `compareRuns` found. */
export interface RunComparison {
  /** Cases both runs sent. */
  compared: number;
  /** Failed cases of the mock run that the live run left out (writes, permission type). */
  notSent: number;
  /** Cases the live run skipped for any other reason than `NOT_SENT`, a check that does not apply, or the mock run's own skip of the case for the same reason. */
  unexpectedSkips: CaseResult[];
  differences: RunDifference[];
}

const bad = (c: CaseResult | undefined) => c?.state === 'failed' || c?.state === 'error';
const detailOf = (c: CaseResult | undefined) => (c?.error ? `${c.error.code}: ${c.error.message}` : (c?.violations[0]?.message ?? '')).slice(0, 160);

/** Compares a read-only live run with a mock run of the same contracts, case by case. */
export function compareRuns(mock: RunResult, live: RunResult): RunComparison {
  const mockCases = new Map(mock.cases.map((c) => [c.id, c]));
  const liveCases = new Map(live.cases.map((c) => [c.id, c]));
  const notSentIds = new Set(live.cases.filter((c) => c.state === 'skipped' && NOT_SENT.some((re) => re.test(c.skipReason ?? ''))).map((c) => c.id));
  // A skip the mock run made for the same reason is the runner's, not the live path's (e.g. a page's
  // $skiptoken with no next link to follow): both runs judge it alike.
  // Paths in the reasons are left out: each run fills path parameters from what it found.
  const reasonOf = (c: CaseResult | undefined) => (c?.skipReason ?? '').replace(/\/\S+/g, '/…');
  // By contract: a check only a live run makes (`request-id-present`) has no mock case of its own.
  const mockSkips = new Set(mock.cases.filter((c) => c.state === 'skipped').map((c) => `${c.contractId} ${reasonOf(c)}`));
  const skippedAlike = (c: CaseResult) => mockSkips.has(`${c.contractId} ${reasonOf(c)}`);
  const unexpectedSkips = live.cases.filter((c) => c.state === 'skipped' && !notSentIds.has(c.id) && !NOT_APPLICABLE.test(c.skipReason ?? '') && !skippedAlike(c));
  const differences: RunDifference[] = [];
  const ids = new Set([...mockCases.keys(), ...liveCases.keys()]);
  let compared = 0;
  for (const id of ids) {
    if (notSentIds.has(id)) continue;
    const m = mockCases.get(id);
    const l = liveCases.get(id);
    // Checks only a live run makes (`request-id-present`) have no mock case to compare with.
    if (!m && l && !bad(l)) continue;
    compared++;
    if (bad(m) === bad(l)) continue;
    differences.push({ caseId: id, mock: m?.state ?? 'absent', live: l?.state ?? 'absent', cause: causeOf(m, l, mock), detail: detailOf(bad(l) ? l : m) });
  }
  const notSent = mock.cases.filter((c) => bad(c) && notSentIds.has(c.id)).length;
  return { compared, notSent, unexpectedSkips, differences: differences.sort((a, b) => a.cause.localeCompare(b.cause) || a.caseId.localeCompare(b.caseId)) };
}

function causeOf(m: CaseResult | undefined, l: CaseResult | undefined, mock: RunResult): string {
  if (l?.state === 'error') return `live run error ${l.error?.code ?? ''}`.trim();
  if (m?.state === 'error') return `mock run error ${m.error?.code ?? ''}`.trim();
  if (bad(l)) return `live run only: ${l!.checkId}`;
  const write = m && m.operation.startsWith('GET ') ? writeBefore(m, mock) : undefined;
  if (write) return `the mock run's own write ${write} changed what this read finds (a read-only live run sends no write)`;
  return `mock run only: ${m?.checkId ?? ''}`;
}

/** A write of the mock run to the path a failed GET reads (its `$ref`, or the path itself), which a read-only run never sends. */
function writeBefore(read: CaseResult, mock: RunResult): string | undefined {
  if (read.transcript?.response?.status !== 404) return undefined;
  const shape = (operation: string) => operation.replace(/^\S+ /, '').replace(/\/\$ref$/, '').replace(/\{[^}]*\}/g, '{}').toLowerCase();
  const writes = mock.cases.filter((c) => c.state === 'passed' && !c.operation.startsWith('GET ') && shape(c.operation) === shape(read.operation));
  // A PUT or POST runs before the reads of its suite file, a DELETE after them (runOrder).
  const write = writes.find((c) => !c.operation.startsWith('DELETE ')) ?? writes[0];
  return write && `${write.operation} (${write.page})`;
}

/** `N cause` lines, most frequent first, each with its cases. */
export function differenceLines(differences: readonly RunDifference[]): string[] {
  const byCause = new Map<string, RunDifference[]>();
  for (const d of differences) byCause.set(d.cause, [...(byCause.get(d.cause) ?? []), d]);
  return [...byCause].sort((a, b) => b[1].length - a[1].length).flatMap(([cause, ds]) => [
    `${ds.length} ${cause}`,
    ...ds.map((d) => `    ${d.caseId} (mock ${d.mock}, live ${d.live}): ${d.detail}`),
  ]);
}
