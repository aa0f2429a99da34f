// Mutation score of the contract checks against the mock tenant. Runs every contract once on
// the clean mock (any error-severity violation is a clean failure) and once per contract-breaking
// drift mode that applies to it (a mutant is caught when some check reports an error), over the
// seed docs and over the whole beta corpus, built in memory. Checks come from the registry in
// src/contracts/checks and run in-process through runCheck: no HTTP, no vitest.
// Prints `mutants=<n> caught=<c> score=<c/n> clean_failures=<f> clean_doc_defects=<d> clean_judged_together=<j>`
// per docs set and in total, then each mode's caught/mutants. A clean failure the docs explain
// (the page's own example breaks the type its pages document, see src/runner/docDefects.ts) is
// counted apart, not as a mock or check bug; `clean_judged_together` counts the clean answers
// that passed only because another page documenting the same request allows them (the checks'
// notes, see src/contracts/peers.ts). Requests carry nothing of ours: the mock answers by the
// request and drifts as its state is set to. A mode that finds nothing in an answer that every
// page of the request forbids (the value drifts read each item as its runtime type, as the checks
// do, and every page documenting the route the request took, not only the answering page's own
// example path) leaves the answer alone: that answer is no mutant and is counted apart as not
// applicable (`MUTATION_FILTER=<regexp>` lists which), never as caught.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { selectChecks } from '../src/contracts/checks/index.js';
import { checkContext } from '../src/contracts/context.js';
import { peerIndex } from '../src/contracts/peers.js';
import { runCheck } from '../src/contracts/runCheck.js';
import type { Check, Contract, Violation } from '../src/contracts/types.js';
import { CONTRACT_DRIFTS, createMockState, driftApplies, handle, requestFor, type DriftMode, type MockState } from '../src/mock/index.js';
import { keyLineFinder } from '../src/model/keyLines.js';
import { buildFromDocs, type Build } from '../src/pipeline.js';
import type { CaseResult } from '../src/results/types.js';
import { triageFailures } from '../src/runner/docDefects.js';
import { createSchemaValidator } from '../src/schemas/index.js';
import type { SchemaValidator } from '../src/schemas/types.js';
import type { HttpResponse } from '../src/transport/types.js';
import { withIssuedToken } from '../src/suites/stateToken.js';
import { groupBy } from '../src/util/groupBy.js';
import { CORPUS_TARBALL } from '../test/helpers/corpus.js';

const root = resolve(import.meta.dirname, '..');
const corpus = CORPUS_TARBALL;
const SHOW = Number(process.env.MUTATION_SHOW ?? 15);
/** `MUTATION_FILTER=<regexp>`: only contracts whose id matches are sent (the whole set is still built, so peers are judged together as in a full run). */
const FILTER = process.env.MUTATION_FILTER ? new RegExp(process.env.MUTATION_FILTER) : undefined;
/** `MUTATION_SETS=seeds|corpus|seeds,corpus`: which docs sets to score. */
const SETS = new Set((process.env.MUTATION_SETS ?? 'seeds,corpus').split(','));

interface Score {
  contracts: number;
  mutants: number;
  caught: number;
  cleanFailures: string[];
  cleanDocDefects: string[];
  cleanJudgedTogether: string[];
  uncaught: string[];
  /** Mutants the mock could not produce on the answer at run time. */
  notApplied: string[];
  byMode: Record<string, { mutants: number; caught: number }>;
}

/**
 * Sends one contract's documented request to the mock in-process, as a client would (nothing in
 * the request names the page or the drift: the mock tenant drifts as its server is set to), and
 * runs every check on the answer.
 */
async function exchange(state: MockState, contract: Contract, checks: Check[], validator: SchemaValidator, peersOf: (c: Contract) => readonly Contract[], drift?: DriftMode) {
  state.reseed(contract);
  delete state.drift;
  // As the runner does: a page's `$skiptoken` is replaced by the one the mock issues (clean, before any drift).
  const request = await withIssuedToken(contract, requestFor(contract), { kind: 'mock', baseUrl: '', send: (r) => Promise.resolve(responseOf(handle(r, state))) });
  if ('reason' in request) return { skipped: request.reason };
  if (drift) state.drift = drift;
  const answer = handle(request, state);
  const response = responseOf(answer);
  const json = response.json;
  const ctx = checkContext({ contract, request, response, target: 'mock', validator, schemas: state.set.schemas, peers: peersOf(contract) });
  const found: Violation[] = checks.flatMap((check) => runCheck(check, ctx) ?? []);
  const errors = found.filter((v) => v.severity === 'error');
  // A note that another page of the request documents what this one does not: the answer passed judged together.
  const together = found.some((v) => v.fitsPeer !== undefined);
  return { answer, errors, json, together };
}

async function score({ set, model, pages }: Build): Promise<Score> {
  const validator = createSchemaValidator(set.schemas);
  const peersOf = peerIndex(set.contracts);
  const checks = selectChecks({}, 'mock');
  const state = createMockState(set, { validator });
  const result: Score = { contracts: set.contracts.length, mutants: 0, caught: 0, cleanFailures: [], cleanDocDefects: [], cleanJudgedTogether: [], uncaught: [], notApplied: [], byMode: {} };
  const clean: Contract[] = [];
  const failed: CaseResult[] = [];
  for (const contract of set.contracts) {
    if (FILTER && !FILTER.test(contract.id)) continue;
    const sent = await exchange(state, contract, checks, validator, peersOf);
    if ('skipped' in sent) continue;
    const { errors, together } = sent;
    if (together) result.cleanJudgedTogether.push(contract.id);
    if (errors.length === 0) clean.push(contract);
    else failed.push(...[...groupBy(errors, (e) => e.check)].map(([check, violations]) => failedCase(contract, check, violations)));
  }
  const { docDefects, unexplained } = triageFailures(failed, { set, model, validator, keyLine: keyLineFinder(pages) });
  result.cleanDocDefects = docDefects.map((d) => `${d.caseId}: ${d.reason}`);
  result.cleanFailures = unexplained.map((c) => `${c.contractId}: ${c.violations.map((e) => `[${e.check}] ${e.pointer ?? ''} ${e.message}`).join('; ')}`);
  // Mutants only on contracts that pass clean: a contract failing already proves nothing.
  for (const mode of CONTRACT_DRIFTS) {
    const tally = (result.byMode[mode] = { mutants: 0, caught: 0 });
    for (const contract of clean) {
      if (!driftApplies(mode, contract, set, validator)) continue;
      const sent = await exchange(state, contract, checks, validator, peersOf, mode);
      if ('skipped' in sent) continue;
      const { answer, errors } = sent;
      // The mock says whether the mode could break this very answer (an empty page, a selection
      // without the field): one it could not is no mutant, and is counted apart.
      if (answer.trace?.drift !== mode) {
        result.notApplied.push(`${contract.id} × ${mode}`);
        continue;
      }
      tally.mutants += 1;
      if (errors.length > 0) tally.caught += 1;
      else result.uncaught.push(`${contract.id} × ${mode}${answer.trace?.contract === contract.id ? '' : ` (answered by ${answer.trace?.contract ?? 'no page'})`}`);
    }
    result.mutants += tally.mutants;
    result.caught += tally.caught;
  }
  return result;
}

function responseOf(answer: ReturnType<typeof handle>): HttpResponse {
  let json: unknown;
  try {
    json = answer.body && answer.headers['content-type']?.includes('json') ? JSON.parse(answer.body) : undefined;
  } catch {
    json = undefined;
  }
  return { status: answer.status, headers: answer.headers, text: answer.body, json, elapsedMs: 0 };
}

/** The case a failed check would be in a run, for the doc-defect triage. */
function failedCase(contract: Contract, check: string, violations: Violation[]): CaseResult {
  const { id, page } = contract;
  return { id: `${id}::${check}`, contractId: id, checkId: check, name: id, operation: contract.request.method, page, source: contract.source.request, state: 'failed', durationMs: 0, violations };
}

interface Totals {
  mutants: number;
  caught: number;
  cleanFailures: number;
  cleanDocDefects: number;
  cleanJudgedTogether: number;
}

function line(label: string, s: Totals): string {
  const ratio = s.mutants === 0 ? 0 : s.caught / s.mutants;
  return `${label}mutants=${s.mutants} caught=${s.caught} score=${ratio.toFixed(4)} clean_failures=${s.cleanFailures} clean_doc_defects=${s.cleanDocDefects} clean_judged_together=${s.cleanJudgedTogether}`;
}

function report(name: string, s: Score): void {
  console.log(line(`set=${name} contracts=${s.contracts} `, { ...s, cleanFailures: s.cleanFailures.length, cleanDocDefects: s.cleanDocDefects.length, cleanJudgedTogether: s.cleanJudgedTogether.length }));
  for (const [mode, t] of Object.entries(s.byMode)) console.log(`  ${mode}: ${t.caught}/${t.mutants}`);
  for (const f of s.cleanFailures.slice(0, SHOW)) console.log(`  clean failure: ${f}`);
  for (const d of s.cleanDocDefects.slice(0, SHOW)) console.log(`  clean doc defect: ${d}`);
  console.log(`  not applicable at run time: ${s.notApplied.length}`);
  if (FILTER) for (const n of s.notApplied.slice(0, SHOW)) console.log(`  not applicable: ${n}`);
  for (const u of s.uncaught.slice(0, SHOW)) console.log(`  uncaught: ${u}`);
  if (s.uncaught.length > SHOW) console.log(`  … ${s.uncaught.length - SHOW} more uncaught`);
}

const scores: Score[] = [];
if (SETS.has('seeds')) {
  const seeds = await score(await buildFromDocs(resolve(root, 'contracts/docs'), 'default'));
  report('seeds', seeds);
  scores.push(seeds);
}
if (!SETS.has('corpus')) {
  // Only the seeds were asked for.
} else if (existsSync(corpus)) {
  const whole = await score(await buildFromDocs(corpus));
  report('corpus', whole);
  scores.push(whole);
} else if (process.env.CI === 'true') {
  console.error(`mutation: the beta corpus is missing at ${corpus} (set GRAPH_DOCS_CORPUS)`);
  process.exitCode = 1;
} else {
  console.log(`mutation: corpus skipped, not found at ${corpus} (set GRAPH_DOCS_CORPUS)`);
}
const total = scores.reduce<Totals>(
  (a, s) => ({ mutants: a.mutants + s.mutants, caught: a.caught + s.caught, cleanFailures: a.cleanFailures + s.cleanFailures.length, cleanDocDefects: a.cleanDocDefects + s.cleanDocDefects.length, cleanJudgedTogether: a.cleanJudgedTogether + s.cleanJudgedTogether.length }),
  { mutants: 0, caught: 0, cleanFailures: 0, cleanDocDefects: 0, cleanJudgedTogether: 0 },
);
console.log(line('', total));
if (total.cleanFailures > 0 || total.caught < total.mutants) process.exitCode = 1;
