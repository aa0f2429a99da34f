// npm run bench:suites: builds the whole beta corpus in memory, runs every contract against the
// embedded mock and prints `cases=<n> wall_s=<t> passed=<p> failed=<f> errors=<e>`.
// `-- --target live`: the same figures for `graph-contracts run --target live` against
// `graph-contracts mock --docs <corpus>` in its own process on 127.0.0.1 (a token in hand,
// read-only; see standIn.ts), as a user's live run would go; writes are skipped there.
// Corpus: $GRAPH_DOCS_CORPUS or ../shared/corpus/graph-docs-beta-2021-07.tar.gz; absent -> skip
// (a failure under CI=true). Every failure must be explained by the docs: a doc defect as the
// run's own triage finds it (the page's own example breaks its type, listed with its doc lines;
// a DELETE of one resource several pages document, made by another page's case first) or pages that disagree about one
// request (sharedPaths.ts: a type several pages share a URL for, an example showing fields its
// own $select leaves out, two statuses for one request), each checked against the mock's real
// answer; both go to <reports>/doc-defects.json. Any other failure is unexplained: exit 1.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bearerAuth } from '../src/auth/authSource.js';
import { staticTokenSource } from '../src/auth/staticToken.js';
import { buildFromDocs } from '../src/pipeline.js';
import { writeReports } from '../src/reporters/index.js';
import { SEED_ID, startMockServer } from '../src/mock/index.js';
import { httpTarget } from '../src/target/http.js';
import { keyLineFinder } from '../src/model/keyLines.js';
import { summaryLine } from '../src/results/summary.js';
import { annotateDocDefects, triageFailures } from '../src/runner/docDefects.js';
import { createSchemaValidator } from '../src/schemas/index.js';
import { createLiveTransport } from '../src/transport/live.js';
import type { CaseResult, RunResult } from '../src/results/types.js';
import { packageRoot, runSuites } from '../src/runner/driver.js';
import { explainShared } from './sharedPaths.js';
import { runLiveAgainst, startStandInMock, STAND_IN_TOKEN } from './standIn.js';

const corpus = process.env.GRAPH_DOCS_CORPUS ?? resolve(packageRoot, '../shared/corpus/graph-docs-beta-2021-07.tar.gz');
if (!existsSync(corpus)) {
  console.error(`bench:suites: corpus not found at ${corpus} (set GRAPH_DOCS_CORPUS)`);
  process.exit(process.env.CI === 'true' ? 1 : 0);
}
const flag = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const reports = flag('--reports');
const targetKind = flag('--target') ?? 'mock';
if (targetKind !== 'mock' && targetKind !== 'live') {
  console.error(`bench:suites: --target ${targetKind}: expected mock or live`);
  process.exit(2);
}

const buildStart = performance.now();
const { set, model, pages } = await buildFromDocs(corpus, 'graph-docs-beta-2021-07');
const buildS = (performance.now() - buildStart) / 1000;
console.error(`built ${set.contracts.length} contracts in ${buildS.toFixed(1)} s`);

/** A run's results, and the mock's answer to a failing case's request (what the shared-path triage judges). */
interface Collected {
  run: RunResult;
  moduleErrors: { module: string; message: string }[];
  wallS: number;
  answers: Map<string, string>;
}

/**
 * Mock: the run's own mock target in this process, with every success answer kept by
 * client-request-id so that each failure can be checked against what the mock really answered.
 */
async function collectMock(): Promise<Collected> {
  const start = performance.now();
  const answers = new Map<string, string>();
  const server = await startMockServer(set, {
    port: 0,
    onExchange: (req, res) => {
      const id = req.headers['client-request-id'];
      if (id && res.status < 300 && res.body.startsWith('{')) answers.set(id, res.body);
    },
  });
  const target = httpTarget(server.url, { headers: { Authorization: 'Bearer graph-contracts-mock' }, fixtures: { default: SEED_ID } });
  try {
    const { run, moduleErrors } = await runSuites({ set, target, log: (line) => console.error(line) });
    return { run, moduleErrors, wallS: (performance.now() - start) / 1000, answers };
  } finally {
    await server.close();
  }
}

/**
 * Live: the CLI (compiled from these sources) in two processes, the mock and the run. The mock
 * is in another process, so the answers to failing requests are asked again once the run is
 * over; the run was read-only, so they are the answers it got.
 */
async function collectLive(): Promise<Collected> {
  execFileSync(process.execPath, [join(packageRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(packageRoot, 'tsconfig.build.json')], { stdio: 'inherit' });
  const dir = mkdtempSync(join(tmpdir(), 'bench-suites-live-'));
  const options = { cli: join(packageRoot, 'dist', 'cli', 'main.js'), docs: corpus, dir, log: (line: string) => console.error(line) };
  const mock = await startStandInMock(options);
  try {
    const live = await runLiveAgainst(mock.url, options);
    if (!live.run) throw new Error(`run --target live exited ${live.code} without results (see ${dir}/run.stderr):\n${live.tail}`);
    console.error(live.tail);
    const answers = new Map<string, string>();
    const client = createLiveTransport({ baseUrl: mock.url, auth: bearerAuth(staticTokenSource(STAND_IN_TOKEN, 'delegatedWork')), timeoutMs: 60_000 });
    for (const c of live.run.cases) {
      const sent = c.transcript?.request;
      if (c.state !== 'failed' || !sent || !c.clientRequestId || sent.method !== 'GET') continue;
      const res = await client.send({ method: sent.method, url: sent.url.slice(mock.url.length), headers: { ...sent.headers, authorization: '' }, ...(sent.body === undefined ? {} : { body: sent.body }) });
      if (res.status < 300 && res.text.startsWith('{')) answers.set(c.clientRequestId, res.text);
    }
    await client.close?.();
    const moduleErrors = live.code === 0 || live.code === 1 ? [] : [{ module: 'run --target live', message: `exit ${live.code}: ${live.tail}` }];
    return { run: live.run, moduleErrors, wallS: live.run.durationMs / 1000, answers };
  } finally {
    await mock.stop();
  }
}

const collected = targetKind === 'live' ? await collectLive() : await collectMock();
const { run, moduleErrors, wallS, answers } = collected;

/** Where failures concentrate, so each can be traced to a doc defect or a tool bug. */
function top(cases: CaseResult[], key: (c: CaseResult) => string, n = 15): string[] {
  const counts = new Map<string, number>();
  for (const c of cases) counts.set(key(c), (counts.get(key(c)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `  ${v} ${k}`);
}
const bad = run.cases.filter((c) => c.state === 'failed' || c.state === 'error');
if (bad.length > 0) {
  console.error('failed/errored by check:', ...top(bad, (c) => `${c.state} ${c.checkId}`).map((l) => `\n${l}`));
  console.error('by first message:', ...top(bad, (c) => (c.error?.code ?? '') + (c.violations[0]?.message ?? c.error?.message ?? '').replace(/`[^`]*`/g, '`…`').slice(0, 100)).map((l) => `\n${l}`));
}
for (const m of moduleErrors) console.error(`! ${m.module}: ${m.message}`);
const validator = createSchemaValidator(set.schemas);
const triageInput = { set, model, validator, keyLine: keyLineFinder(pages) };
const triage = triageFailures(run.cases, triageInput);
// The reports and the summary line mark doc defects as `run` does.
const annotated = annotateDocDefects(run, triageInput);
if (reports) writeReports(annotated, reports);
for (const d of triage.docDefects) console.error(`doc defect ${d.caseId} ${d.pointer}: ${d.reason}`);
const byId = new Map(set.contracts.map((c) => [c.id, c]));
const shared: { caseId: string; reason: string }[] = [];
const unexplained = triage.unexplained.filter((c) => {
  const body = c.clientRequestId ? answers.get(c.clientRequestId) : undefined;
  const reason = explainShared(c, byId.get(c.contractId)!, body === undefined ? undefined : JSON.parse(body), set, validator);
  if (reason) shared.push({ caseId: c.id, reason });
  return reason === undefined;
});
for (const d of shared) console.error(`pages disagree ${d.caseId}: ${d.reason}`);
for (const c of unexplained) console.error(`UNEXPLAINED failure ${c.id} (${c.source.file}:${c.source.line}): ${c.violations[0]?.message ?? ''}`);
if (reports) {
  mkdirSync(reports, { recursive: true });
  writeFileSync(join(reports, 'doc-defects.json'), JSON.stringify({ docDefects: triage.docDefects, pagesDisagree: shared, unexplained: unexplained.map((c) => c.id) }, null, 2) + '\n');
}
console.error(summaryLine(annotated));
console.log(`cases=${run.summary.total} wall_s=${wallS.toFixed(1)} passed=${run.summary.passed} failed=${run.summary.failed} errors=${run.summary.errors}`);
console.log(`skipped=${run.summary.skipped} contracts=${set.contracts.length} build_s=${buildS.toFixed(1)}`);
const explained = new Set(triage.docDefects.map((d) => d.caseId)).size;
console.log(`failed_doc_defects=${explained} failed_pages_disagree=${shared.length} failed_unexplained=${unexplained.length}`);
// Set either way: vitest leaves exitCode 1 behind when any test failed, doc defects included.
process.exitCode = unexplained.length > 0 || run.summary.errors > 0 || moduleErrors.length > 0 ? 1 : 0;
