import { createServer } from 'node:net';
import { describe, expect, test } from 'vitest';
import type { ContractSet } from '../../contracts/types.js';
import { MockPortInUseError } from '../../errors.js';
import { requestFor, startMockServer } from '../index.js';
import { seedSet } from './__fixtures__/seedSet.js';

const set = seedSet();

describe('the port is bound before the set is loaded', () => {
  test('a request sent while the set loads waits and is answered once it is ready', async () => {
    const port = await freePort();
    let release!: (set: ContractSet) => void;
    let released = false;
    const started = startMockServer(() => new Promise<ContractSet>((resolve) => (release = resolve)), { port });
    const url = `http://127.0.0.1:${port}${requestFor(set.contracts[0]!).url}`;
    const answer = (async () => {
      // Connects as soon as the port is bound; the loader has not returned yet.
      for (;;) {
        try {
          const res = await fetch(url, { headers: { authorization: 'Bearer t' } });
          return { status: res.status, afterRelease: released };
        } catch {
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 200));
    released = true;
    release(set);
    const mock = await started;
    try {
      expect(await answer).toEqual({ status: 200, afterRelease: true });
    } finally {
      await mock.close();
    }
  });

  test('a port clash is reported without loading the set', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    let loaded = false;
    try {
      const start = startMockServer(async () => ((loaded = true), set), { port: (taken.address() as { port: number }).port });
      await expect(start).rejects.toBeInstanceOf(MockPortInUseError);
      expect(loaded).toBe(false);
    } finally {
      taken.close();
    }
  });

  test('a set that fails to load closes the port and passes the error on', async () => {
    const port = await freePort();
    await expect(startMockServer(async () => Promise.reject(new Error('docs not found: x')), { port })).rejects.toThrow('docs not found: x');
    const again = await startMockServer(set, { port });
    await again.close();
  });
});

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
