import { describe, expect, it } from 'vitest';
import { refreshingTokenSource } from '../refreshing.js';
import type { TokenSource } from '../types.js';

function countingSource(lifetimeMs: number, clock: { now: number }) {
  const calls: boolean[] = [];
  const source: TokenSource = {
    kind: 'application',
    flow: 'client-secret',
    async getToken({ forceRefresh = false } = {}) {
      calls.push(forceRefresh);
      return { token: `t${calls.length}`, expiresOn: new Date(clock.now + lifetimeMs) };
    },
  };
  return { source, calls };
}

describe('refreshingTokenSource', () => {
  it('reuses a token until the refresh margin, then asks again', async () => {
    const clock = { now: 0 };
    const { source, calls } = countingSource(60 * 60_000, clock);
    const tokens = refreshingTokenSource(source, 5 * 60_000, () => clock.now);
    expect((await tokens.getToken()).token).toBe('t1');
    clock.now = 54 * 60_000;
    expect((await tokens.getToken()).token).toBe('t1');
    clock.now = 55 * 60_000 + 1;
    expect((await tokens.getToken()).token).toBe('t2');
    expect(calls).toEqual([false, false]);
  });

  it('forces a refresh through every cache on request', async () => {
    const clock = { now: 0 };
    const { source, calls } = countingSource(60 * 60_000, clock);
    const tokens = refreshingTokenSource(source, 0, () => clock.now);
    await tokens.getToken();
    expect((await tokens.getToken({ forceRefresh: true })).token).toBe('t2');
    expect((await tokens.getToken()).token).toBe('t2');
    expect(calls).toEqual([false, true]);
  });

  it('makes one acquisition for concurrent callers and retries after a failure', async () => {
    let calls = 0;
    const source: TokenSource = {
      kind: 'application', flow: 'x',
      async getToken() {
        calls++;
        await new Promise((r) => setTimeout(r, 10));
        if (calls === 1) throw new Error('boom');
        return { token: 'ok' };
      },
    };
    const tokens = refreshingTokenSource(source);
    const first = await Promise.allSettled([tokens.getToken(), tokens.getToken(), tokens.getToken()]);
    expect(first.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(calls).toBe(1);
    expect((await tokens.getToken()).token).toBe('ok');
  });
});
