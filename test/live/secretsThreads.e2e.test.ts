import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { beforeAll, describe, expect, it } from 'vitest';
import { REDACTED, redact, registerSecret, secrets, shareSecretsAcrossThreads } from '../../src/redact/index.js';
import { BUILD, buildForChildren } from './__helpers__/cli.js';

// A run's threads share one secrets registry: a token a suite worker acquires is redacted by the
// runner too (which prints and reports what workers send), and the runner's secrets reach workers
// that join later. The worker here runs the compiled module, a module instance of its own, as
// vitest's worker threads do.
beforeAll(() => buildForChildren(), 120_000);

async function until(ready: () => boolean): Promise<void> {
  for (const end = Date.now() + 10_000; !ready(); ) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('shareSecretsAcrossThreads', () => {
  it('makes one registry of the threads that join it, both ways', async () => {
    shareSecretsAcrossThreads(secrets);
    registerSecret('runner-secret-known-before-the-worker');
    const module = pathToFileURL(join(BUILD, 'dist', 'redact', 'index.js')).href;
    const worker = new Worker(
      `const { parentPort } = require('node:worker_threads');
       import(${JSON.stringify(module)}).then(async (r) => {
         r.shareSecretsAcrossThreads(r.secrets);
         r.registerSecret('token-acquired-in-the-worker');
         for (let i = 0; i < 200 && r.redact('runner-secret-known-before-the-worker') !== r.REDACTED; i++) await new Promise((x) => setTimeout(x, 20));
         parentPort.postMessage(r.redact('runner-secret-known-before-the-worker'));
       });`,
      { eval: true },
    );
    const seenByWorker = await new Promise<string>((resolve) => worker.once('message', resolve));
    await until(() => redact('token-acquired-in-the-worker') === REDACTED);
    await worker.terminate();
    expect(seenByWorker).toBe(REDACTED);
    expect(redact('x token-acquired-in-the-worker y')).toBe(`x ${REDACTED} y`);
  });
});
