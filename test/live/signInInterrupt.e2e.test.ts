import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { until } from './__helpers__/cli.js';
import { CLIENT, TENANT } from './__helpers__/env.js';
import { startEchoGraph, type EchoGraph } from './__helpers__/echoGraph.js';
import { liveInputs, runFolder, startLiveRun } from './__helpers__/liveRun.js';
import { startIdpStack, type IdpStack } from './__helpers__/stack.js';
import { writeThingDocs } from './__helpers__/thingDocs.js';

// Ctrl-C while a live run waits at the device code prompt: the user never signs in here (the
// identity platform answers `authorization_pending` to every poll), so without the interrupt the
// run would poll until the code expires (15 minutes), far beyond this test's timeout.
let stack: IdpStack;
let graph: EchoGraph;

beforeAll(async () => {
  stack = await startIdpStack('sign-in-interrupt', { pendingPolls: Number.MAX_SAFE_INTEGER });
  graph = await startEchoGraph({ cert: stack.certs.serverCert, key: stack.certs.serverKey, accepts: (t) => stack.idp.issued.access.includes(t) });
});
afterAll(async () => {
  await graph?.close();
  await stack?.close();
});

it('a Ctrl-C at the device code prompt ends the run at once with exit 2 and one line, nothing sent to Graph', async () => {
  const docs = writeThingDocs(join(stack.dir, 'docs'));
  const inputs = liveInputs(stack.dir, {
    AZURE_TENANT_ID: TENANT, AZURE_CLIENT_ID: CLIENT, AZURE_AUTHORITY_HOST: stack.idp.host,
    GRAPH_TOKEN_CACHE: join(stack.dir, 'msal.json'), GRAPH_BASE_URL: graph.url,
  }, {});
  const folder = runFolder(stack.dir);
  const run = startLiveRun(folder, inputs, docs, stack.childEnv);
  const polls = () => stack.idp.log.filter((l) => l.includes('device_code')).length;
  await until(() => /enter the code ABCD-EFGH/.test(run.output()) && polls() > 0);
  run.child.kill('SIGINT');
  const r = await run.done;

  expect({ code: r.code, signal: r.signal }, r.stdout + r.stderr).toEqual({ code: 2, signal: null });
  expect(r.stderr).toMatch(/^graph-contracts: interrupted during sign-in: nothing was sent to Graph \[RUN_INTERRUPTED\]$/m);
  expect(graph.requests).toEqual([]);
  // The sign-in stopped polling: no poll of the identity platform after the process ended.
  const after = polls();
  await new Promise((r) => setTimeout(r, 1500));
  expect(polls()).toBe(after);
});
