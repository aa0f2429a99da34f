import junitPackage, { type Builder, type TestCase } from 'junit-report-builder';
import xmlbuilder from 'xmlbuilder';
import type { CaseResult } from '../results/types.js';
import type { Formatter } from './types.js';
import { groupBy } from '../util/groupBy.js';
import { seconds } from './utils/seconds.js';
import { sourceLabel } from './utils/sourceLabel.js';
import { summarize } from '../results/summary.js';
import type { DocLinks } from '../results/types.js';
import { docHref } from './docLinks.js';
import { transcriptText } from './utils/transcriptText.js';
import { violationText } from './utils/violationText.js';

// Typed as an ES default export but published as CommonJS `module.exports = builder`.
const rootBuilder = ((junitPackage as unknown as { default?: Builder }).default ?? junitPackage) as unknown as Builder;

/**
 * JUnit XML valid against docs/junit.xsd: the part of JUnit XML that Jenkins (xunit junit-10
 * model), Azure DevOps and GitHub test reporters all read. One `<testsuite>` per documented request (its
 * properties carry the doc line and Graph request-id), one `<testcase>` per check:
 * classname = doc page > operation, name = check id. Failed and errored cases carry the
 * request/response exchange (secrets masked) in `<system-out>`.
 */
export const formatJunit: Formatter = (run) => {
  const summary = summarize(run.cases);
  // junit-report-builder always sets `skipped` on <testsuites>, which Jenkins' junit-10 model does not allow,
  // so the root is built here with xmlbuilder (the library it is built on) and suites attach to it.
  const root = xmlbuilder.create('testsuites', { encoding: 'UTF-8', invalidCharReplacement: '\uFFFD' }, {}, {});
  root.att('name', run.complete ? 'graph-contracts' : 'graph-contracts (interrupted)');
  root.att('tests', summary.total).att('failures', summary.failed).att('errors', summary.errors);
  root.att('time', seconds(run.durationMs));
  const builder = rootBuilder.newBuilder();
  for (const cases of groupBy(run.cases, (c) => c.contractId).values()) {
    const first = cases[0]!;
    const suite = builder.testSuite().name(classname(first)).timestamp(run.startedAt);
    suite.time(seconds(cases.reduce((t, c) => t + c.durationMs, 0)));
    suite.property('contract', first.contractId).property('operation', first.operation).property('doc', sourceLabel(first.source));
    const docUrl = docHref(run.docLinks, first.source.file, first.source.line);
    if (docUrl) suite.property('doc-url', docUrl);
    const requestId = cases.find((c) => c.requestId)?.requestId;
    if (requestId) suite.property('request-id', requestId);
    const clientRequestId = cases.find((c) => c.clientRequestId)?.clientRequestId;
    if (clientRequestId) suite.property('client-request-id', clientRequestId);
    for (const c of cases) addCase(suite.testCase(), c, run.docLinks);
    const suiteElement = suite.build(root);
    addSkipMessages(suiteElement, cases);
  }
  return root.end({ pretty: true }) + '\n';
};

function classname(c: CaseResult): string {
  return `${c.page} > ${c.operation}`;
}

function addCase(tc: TestCase, c: CaseResult, links: DocLinks | undefined): void {
  tc.className(classname(c)).name(c.checkId).time(seconds(c.durationMs));
  const href = docHref(links, c.source.file, c.source.line);
  const where = `doc: ${sourceLabel(c.source)}${href ? ` ${href}` : ''}${c.requestId ? `\nrequest-id: ${c.requestId}` : ''}`;
  if (c.state === 'failed') {
    const first = c.violations[0];
    const message = first ? first.message + (c.violations.length > 1 ? ` (+${c.violations.length - 1} more)` : '') : 'failed';
    const defects = (c.docDefects ?? []).map((d) => `\ndoc defect: ${d.reason}`).join('');
    tc.failure(message, c.checkId).stacktrace(`${violationText(c.violations)}${defects}\n\n${where}`);
  } else if (c.state === 'error') {
    tc.error(c.error?.message ?? 'error', c.error?.code ?? 'ERROR', `${c.error?.code ?? 'ERROR'}: ${c.error?.message ?? ''}\n\n${where}`);
  } else if (c.state === 'skipped') {
    tc.skipped();
  }
  if (c.transcript && (c.state === 'failed' || c.state === 'error')) tc.standardOutput(transcriptText(c.transcript));
}

/** junit-report-builder has no skip message; CI servers show `<skipped message>`, so set it on the built element. */
function addSkipMessages(suiteElement: xmlbuilder.XMLElement, cases: readonly CaseResult[]): void {
  const testcases = suiteElement.children.filter((n): n is xmlbuilder.XMLElement => (n as xmlbuilder.XMLElement).name === 'testcase');
  testcases.forEach((element, i) => {
    const reason = cases[i]?.skipReason;
    if (cases[i]?.state !== 'skipped' || !reason) return;
    const skipped = element.children.find((n) => (n as xmlbuilder.XMLElement).name === 'skipped') as xmlbuilder.XMLElement | undefined;
    skipped?.att('message', reason);
  });
}
