// npm run bench:suites: builds the whole beta corpus in memory, runs every contract against the
// embedded mock and prints `cases=<n> wall_s=<t> passed=<p> failed=<f> errors=<e>`.
// Corpus: $GRAPH_DOCS_CORPUS or ../shared/corpus/graph-docs-beta-2021-07.tar.gz; absent -> skip
// (a failure under CI=true). Every failure must be a doc defect: one the page's own example shows
// (listed with its doc lines, and written to <reports>/doc-defects.json); any other failure is
// listed as unexplained and the script exits 1.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildFromDocs } from '../src/pipeline.js';
import { writeReports } from '../src/reporters/index.js';
import { openTarget } from '../src/target/open.js';
import { keyLineFinder } from '../src/model/keyLines.js';
import { summaryLine } from '../src/results/summary.js';
import { triageFailures } from '../src/runner/docDefects.js';
import { createSchemaValidator } from '../src/schemas/index.js';
import type { CaseResult } from '../src/results/types.js';
import { packageRoot, runSuites } from '../src/runner/driver.js';

const corpus = process.env.GRAPH_DOCS_CORPUS ?? resolve(packageRoot, '../shared/corpus/graph-docs-beta-2021-07.tar.gz');
if (!existsSync(corpus)) {
  console.error(`bench:suites: corpus not found at ${corpus} (set GRAPH_DOCS_CORPUS)`);
  process.exit(process.env.CI === 'true' ? 1 : 0);
}
const reports = process.argv.includes('--reports') ? process.argv[process.argv.indexOf('--reports') + 1] : undefined;

const buildStart = performance.now();
const { set, model, pages } = await buildFromDocs(corpus, 'graph-docs-beta-2021-07');
const buildS = (performance.now() - buildStart) / 1000;
console.error(`built ${set.contracts.length} contracts in ${buildS.toFixed(1)} s`);

const start = performance.now();
const mock = await openTarget('mock', set, {});
let collected;
try {
  collected = await runSuites({ set, target: mock.description, log: (line) => console.error(line) });
} finally {
  await mock.close();
}
const wallS = (performance.now() - start) / 1000;
const { run, moduleErrors } = collected;
if (reports) writeReports(run, reports);

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
const triage = triageFailures(run.cases, { set, model, validator: createSchemaValidator(set.schemas), keyLine: keyLineFinder(pages) });
for (const d of triage.docDefects) console.error(`doc defect ${d.caseId} ${d.pointer}: ${d.reason}`);
for (const c of triage.unexplained) console.error(`UNEXPLAINED failure ${c.id} (${c.source.file}:${c.source.line}): ${c.violations[0]?.message ?? ''}`);
if (reports) {
  mkdirSync(reports, { recursive: true });
  writeFileSync(join(reports, 'doc-defects.json'), JSON.stringify({ docDefects: triage.docDefects, unexplained: triage.unexplained.map((c) => c.id) }, null, 2) + '\n');
}
console.error(summaryLine(run.summary));
console.log(`cases=${run.summary.total} wall_s=${wallS.toFixed(1)} passed=${run.summary.passed} failed=${run.summary.failed} errors=${run.summary.errors}`);
console.log(`skipped=${run.summary.skipped} contracts=${set.contracts.length} build_s=${buildS.toFixed(1)}`);
const explained = new Set(triage.docDefects.map((d) => d.caseId)).size;
console.log(`failed_doc_defects=${explained} failed_unexplained=${triage.unexplained.length}`);
// Set either way: vitest leaves exitCode 1 behind when any test failed, doc defects included.
process.exitCode = triage.unexplained.length > 0 || run.summary.errors > 0 || moduleErrors.length > 0 ? 1 : 0;
