// Serves the mock tenant and a bare node:http server in a child process, so the load generator
// does not share their event loop. Talks to its parent over the IPC channel.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startMockServer } from '../src/mock/index.js';
import { loadSeedSet } from './seedSet.js';

const fixedBody = process.env.BENCH_FIXED_BODY ?? '{}';
const reply = (msg: unknown) => process.send!(msg);
const set = await loadSeedSet();
const mock = await startMockServer(set);
const bare = createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(fixedBody) });
  res.end(fixedBody);
});
await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));

process.on('message', async (msg: string) => {
  if (msg === 'size') reply({ size: mock.store.size });
  if (msg === 'close') {
    bare.closeAllConnections();
    bare.close();
    await mock.close();
    reply({ closed: true });
    process.disconnect();
  }
});
reply({ mockUrl: mock.url, bareUrl: `http://127.0.0.1:${(bare.address() as AddressInfo).port}` });
