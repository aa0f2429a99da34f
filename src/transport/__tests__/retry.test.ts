import { describe, expect, test } from 'vitest';
import { ConfigError } from '../../errors.js';
import { registerSecret } from '../../redact/index.js';
import { leaksOf } from '../../redact/__helpers__/leaks.js';
import { withRetries, type RetryClock } from '../retry.js';
import { retryAfterMs } from '../retryAfter.js';
import type { HttpResponse, Transport } from '../types.js';

const ok: HttpResponse = { status: 200, headers: {}, text: '{}', json: {}, elapsedMs: 1 };
const status = (s: number, headers: Record<string, string> = {}): HttpResponse => ({ ...ok, status: s, headers });

/** A transport answering from a script; `Error` entries are thrown (network faults). */
function scripted(script: (HttpResponse | Error)[]): Transport & { calls: number } {
  const t = {
    kind: 'mock' as const,
    baseUrl: 'http://127.0.0.1',
    calls: 0,
    async send() {
      const next = script[Math.min(t.calls++, script.length - 1)] as HttpResponse | Error;
      if (next instanceof Error) throw next;
      return next;
    },
  };
  return t;
}

function clock(random = 0.5): RetryClock & { waits: number[] } {
  const waits: number[] = [];
  return { waits, random: () => random, sleep: async (ms) => void waits.push(ms) };
}

const req = { method: 'GET', url: '/beta/x', headers: {} };

describe('withRetries', () => {
  test('honours integer and fractional Retry-After on 429 and 503, with bounded jitter', async () => {
    const c = clock(1);
    const inner = scripted([status(429, { 'retry-after': '2' }), status(503, { 'retry-after': '0.25' }), ok]);
    await expect(withRetries(inner, {}, c).send(req)).resolves.toMatchObject({ status: 200 });
    expect(inner.calls).toBe(3);
    expect(c.waits).toEqual([2200, 275]);
  });

  test('network errors and 5xx back off exponentially with full jitter', async () => {
    const c = clock(0.5);
    const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    const inner = scripted([reset, status(502), ok]);
    await withRetries(inner, { baseDelayMs: 100 }, c).send(req);
    expect(c.waits).toEqual([101, 201]);
  });

  test('4xx other than 429 come back untouched (the checks judge them)', async () => {
    const inner = scripted([status(404)]);
    await expect(withRetries(inner, {}, clock()).send(req)).resolves.toMatchObject({ status: 404 });
    expect(inner.calls).toBe(1);
  });

  test('with serverErrors off, a 5xx other than 503 comes back for the checks', async () => {
    const inner = scripted([status(507)]);
    await expect(withRetries(inner, { serverErrors: false }, clock()).send(req)).resolves.toMatchObject({ status: 507 });
    expect(inner.calls).toBe(1);
  });

  test('what still fails becomes a runner error, never a response', async () => {
    const throttled = withRetries(scripted([status(429, { 'retry-after': '0.1' })]), { maxAttempts: 3 }, clock());
    await expect(throttled.send(req)).rejects.toMatchObject({ code: 'THROTTLE_BUDGET_SPENT', message: 'GET /beta/x still answered 429 after 3 attempts' });
    await expect(withRetries(scripted([status(500)]), {}, clock()).send(req)).rejects.toMatchObject({ code: 'TARGET_SERVER_ERROR', status: 500 });
    const refused = Object.assign(new Error('connect'), { code: 'ECONNREFUSED' });
    await expect(withRetries(scripted([refused]), {}, clock()).send(req)).rejects.toMatchObject({ code: 'TRANSPORT_FAILED', message: /after 4 attempts: ECONNREFUSED/ });
  });

  test('the body quoted in an error is redacted before it is cut: no part of a secret survives', async () => {
    const secret = `svc-secret-${'x7Q'.repeat(30)}`;
    registerSecret(secret);
    const body = `${' '.repeat(150)}{"message":"failed for ${secret}"}`;
    const error = await withRetries(scripted([{ ...status(500), text: body }]), { maxAttempts: 1 }, clock()).send(req).catch((e: Error) => e);
    expect((error as Error).message).toMatch(/answered 500 after 1 attempts: /);
    expect(leaksOf((error as Error).message, secret)).toEqual([]);
  });

  test('the total budget is shared by every request of the transport', async () => {
    const c = clock(0);
    const t = withRetries(scripted([status(429, { 'retry-after': '1' })]), { budgetMs: 2500, maxAttempts: 10 }, c);
    await expect(t.send(req)).rejects.toMatchObject({ code: 'THROTTLE_BUDGET_SPENT', message: /budget of 2500 ms spent \(2000 ms used\)/ });
    await expect(t.send(req)).rejects.toMatchObject({ code: 'THROTTLE_BUDGET_SPENT' });
    expect(c.waits).toEqual([1000, 1000]);
  });

  test('a Retry-After longer than the longest wait fails at once', async () => {
    const c = clock();
    await expect(withRetries(scripted([status(429, { 'retry-after': '120' })]), {}, c).send(req)).rejects.toThrow(/Retry-After 120s exceeds/);
    expect(c.waits).toEqual([]);
  });
});

describe('withRetries: writes are never sent twice blindly', () => {
  const post = { method: 'POST', url: '/beta/things', headers: {}, body: '{}' };
  const created = status(201);
  const timeout = Object.assign(new Error('The operation was aborted due to timeout'), { name: 'TimeoutError' });
  const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });

  test.for([
    ['a timeout', timeout],
    ['a reset connection', reset],
  ] as const)('%s leaves the outcome unknown: one attempt, an error saying so', async ([, fault]) => {
    const inner = scripted([fault, created]);
    await expect(withRetries(inner, {}, clock()).send(post)).rejects.toMatchObject({ code: 'TRANSPORT_FAILED', message: /^POST \/beta\/things: outcome unknown \(.*\); a write is not sent twice$/ });
    expect(inner.calls).toBe(1);
  });

  test.for([
    ['500', status(500)],
    ['502', status(502)],
    ['503 without Retry-After', status(503)],
  ] as const)('%s may come after the work was done: not sent again', async ([, answer]) => {
    const inner = scripted([answer, created]);
    await expect(withRetries(inner, {}, clock()).send({ ...post, method: 'PATCH' })).rejects.toMatchObject({ code: 'TARGET_SERVER_ERROR', message: /outcome unknown; a write is not sent twice/ });
    expect(inner.calls).toBe(1);
  });

  test.for([
    ['429', status(429)],
    ['429 with Retry-After', status(429, { 'retry-after': '0.5' })],
    ['503 with Retry-After', status(503, { 'retry-after': '1' })],
  ] as const)('%s says it was not processed: sent again', async ([, answer]) => {
    const inner = scripted([answer, created]);
    await expect(withRetries(inner, {}, clock()).send(post)).resolves.toMatchObject({ status: 201 });
    expect(inner.calls).toBe(2);
  });

  test('a GET overridden to DELETE is a write', async () => {
    const inner = scripted([reset, ok]);
    await expect(withRetries(inner, {}, clock()).send({ ...req, headers: { 'X-HTTP-Method-Override': 'DELETE' } })).rejects.toThrow(/outcome unknown/);
    expect(inner.calls).toBe(1);
  });

  test('a refusal before sending (a RunnerError) comes back as it is, whatever the method', async () => {
    const refused = new ConfigError('--allow-writes', 'refused to send POST /beta/things');
    for (const r of [req, post]) {
      const inner = scripted([refused, ok]);
      await expect(withRetries(inner, {}, clock()).send(r)).rejects.toBe(refused);
      expect(inner.calls).toBe(1);
    }
  });
});

describe('retryAfterMs', () => {
  test.for([
    ['3', 3000],
    ['0.5', 500],
    [' 1.25 ', 1250],
    ['Wed, 21 Oct 2015 07:28:10 GMT', 10_000],
    ['soon', undefined],
    [undefined, undefined],
  ] as const)('%s -> %s', ([value, ms]) => {
    expect(retryAfterMs(value, Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(ms);
  });
});
