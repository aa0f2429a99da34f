// Serves the mock tenant and a bare node:http server in a child process, so the load generator
// does not share their event loop. Talks to its parent over the IPC channel.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { startMockServer } from '../src/mock/index.js';
import { buildFromDocs } from '../src/pipeline.js';
import { CORPUS_TARBALL } from '../test/helpers/corpus.js';
import { loadSeedSet } from './seedSet.js';

const fixedBody = process.env.BENCH_FIXED_BODY ?? '{}';
const reply = (msg: unknown) => process.send!(msg);
const set = await loadSeedSet();
const mock = await startMockServer(set);
// The mixed-load round needs real collections (`/groups`): the mock built from the beta corpus,
// started only after the ratio rounds, so its heap does not weigh on them.
let corpus: Awaited<ReturnType<typeof startMockServer>> | undefined;
const bare = createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(fixedBody) });
  res.end(fixedBody);
});
await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));

process.on('message', async (msg: string) => {
  if (msg === 'size') reply({ size: mock.store.size });
  if (msg === 'corpus') {
    corpus = existsSync(CORPUS_TARBALL) ? await startMockServer((await buildFromDocs(CORPUS_TARBALL)).set) : undefined;
    reply({ corpusUrl: corpus?.url });
  }
  if (msg === 'close') {
    bare.closeAllConnections();
    bare.close();
    await mock.close();
    await corpus?.close();
    reply({ closed: true });
    process.disconnect();
  }
});
reply({ mockUrl: mock.url, bareUrl: `http://127.0.0.1:${(bare.address() as AddressInfo).port}` });
