import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateCertificate, startMockServer, type RunningMock } from '../../src/mock/index.js';
import { buildFromDocs } from '../../src/pipeline.js';
import { CORPUS_TARBALL } from '../helpers/corpus.js';

// Microsoft's SDKs against the mock tenant built from the beta reference, over HTTPS, each in a
// process of its own that trusts the mock's certificate the way the README tells SDK teams:
// graph-client v3 (the acceptance scenario) and the Kiota-based msgraph-sdk (a smoke test).
const STEPS = [
  'user CRUD',
  'group CRUD',
  'event CRUD',
  'message CRUD',
  'PageIterator over 3+ pages',
  '$select',
  '$filter',
  '$orderby',
  '$count',
  'batch of 3 with dependsOn',
  'upload then download',
  'throttled request retried',
  '404 as GraphError',
];

const KIOTA_STEPS = ['user create and read back', 'list with $filter and $select', 'update and delete'];

type Results = Map<string, { ok: boolean; detail: string }>;

/** Runs one scenario script with the mock's certificate trusted; its JSON lines by step. */
async function runScenario(script: string, env: Record<string, string>): Promise<Results> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', join(import.meta.dirname, script)], { env: { ...process.env, ...env }, timeout: 120_000 });
  const results: Results = new Map();
  for (const line of stdout.split('\n').filter((l) => l.startsWith('{'))) {
    const { step, ok, detail } = JSON.parse(line) as { step: string; ok: boolean; detail: string };
    results.set(step, { ok, detail });
  }
  return results;
}

function expectStep(results: Results, step: string): void {
  const result = results.get(step);
  expect(result, `the scenario printed no result for '${step}'`).toBeDefined();
  expect(result!.ok, result!.detail).toBe(true);
}

const corpus = existsSync(CORPUS_TARBALL);
if (!corpus && process.env.CI === 'true') throw new Error(`the beta corpus is missing at ${CORPUS_TARBALL} (set GRAPH_DOCS_CORPUS)`);

describe.skipIf(!corpus)('Microsoft Graph SDKs against the mock tenant (skipped without the beta corpus)', () => {
  let mock: RunningMock;
  let throttled: RunningMock;
  let work: string;
  let results: Results = new Map();
  let kiota: Results = new Map();
  let throttledRequests = 0;

  beforeAll(async () => {
    const { set } = await buildFromDocs(CORPUS_TARBALL);
    const tls = await generateCertificate();
    mock = await startMockServer(set, { https: tls });
    throttled = await startMockServer(set, { https: tls, drift: 'throttled', driftTimes: 1, onExchange: () => void throttledRequests++ });
    work = mkdtempSync(join(tmpdir(), 'graph-contracts-sdk-'));
    const ca = join(work, 'mock-ca.pem');
    writeFileSync(ca, tls.cert);
    results = await runScenario('graphClientScenario.ts', { NODE_EXTRA_CA_CERTS: ca, GRAPH_MOCK_URL: mock.url, GRAPH_MOCK_THROTTLED_URL: throttled.url });
    kiota = await runScenario('kiotaScenario.ts', { NODE_EXTRA_CA_CERTS: ca, GRAPH_MOCK_URL: mock.url });
  }, 240_000);
  afterAll(async () => {
    await mock?.close();
    await throttled?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  test.for(STEPS)('graph-client v3: %s', (step) => expectStep(results, step));

  test.for(KIOTA_STEPS)('msgraph-sdk (Kiota): %s', (step) => expectStep(kiota, step));

  test('the throttled mock answered 429 once and the SDK retried', () => {
    expect(throttledRequests).toBe(2);
  });
});
