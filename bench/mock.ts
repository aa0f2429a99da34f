// Load on the mock tenant vs a bare node:http server returning the same fixed JSON body, in
// the same run, then a store consistency check under concurrent POST/PATCH/GET.
// Prints `mock_rps=<a> bare_rps=<b> ratio=<a/b> errors=<e>` and `store_consistent=<bool> ...`.
import autocannon from 'autocannon';
import { fork } from 'node:child_process';
import { handle, createMockState, requestFor, SEED_ID } from '../src/mock/index.js';
import { loadSeedSet } from './seedSet.js';

const CONNECTIONS = 200;
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 3);
const ROUNDS = 3;

const set = await loadSeedSet();
const get = set.contracts.find((c) => c.request.method === 'GET')!;
const getReq = requestFor(get);
// The bare server answers exactly what the mock answers to the benchmarked GET.
const fixedBody = handle(getReq, createMockState(set)).body;

const server = fork(new URL('./mockServe.ts', import.meta.url), { execArgv: ['--import', 'tsx', ...(process.env.BENCH_PROF ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof2'] : [])], env: { ...process.env, BENCH_FIXED_BODY: fixedBody } });
const ask = <T>(msg?: string) =>
  new Promise<T>((resolve) => {
    server.once('message', (m) => resolve(m as T));
    if (msg) server.send(msg);
  });
const { mockUrl, bareUrl } = await ask<{ mockUrl: string; bareUrl: string }>();

async function load(url: string, opts: Partial<autocannon.Options> = {}) {
  return autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, ...opts });
}
const errorsOf = (r: autocannon.Result) => r.errors + r.timeouts + r.non2xx;

const headers = getReq.headers;
await load(bareUrl + getReq.url, { duration: 1 });
await load(mockUrl + getReq.url, { duration: 1, headers });
// Alternate short rounds so load from other processes on the machine hits both sides alike.
let mockRequests = 0;
let bareRequests = 0;
let errors = 0;
for (let round = 0; round < ROUNDS; round++) {
  const bare = await load(bareUrl + getReq.url);
  const mock = await load(mockUrl + getReq.url, { headers });
  bareRequests += bare.requests.total;
  mockRequests += mock.requests.total;
  errors += errorsOf(mock) + errorsOf(bare);
}
const mockRps = mockRequests / (ROUNDS * DURATION_S);
const bareRps = bareRequests / (ROUNDS * DURATION_S);
console.log(`mock_rps=${mockRps.toFixed(0)} bare_rps=${bareRps.toFixed(0)} ratio=${(mockRps / bareRps).toFixed(3)} errors=${errors}`);

// Store consistency: POSTs each add exactly one entity; PATCH and GET interleave on one entity.
const post = set.contracts.find((c) => c.request.method === 'POST');
const patch = set.contracts.find((c) => c.request.method === 'PATCH');
let consistent = true;
let created = 0;
if (post) {
  const before = (await ask<{ size: number }>('size')).size;
  const collection = requestFor(post).url.replace(SEED_ID, 'bench-parent');
  let n = 0;
  const posts = await load(mockUrl, {
    amount: 3000,
    requests: [{ method: 'POST', headers: requestFor(post).headers, body: requestFor(post).body, setupRequest: (r) => ({ ...r, path: `${collection.replace('bench-parent', `bench-${n++}`)}` }) }],
  });
  created = posts['2xx'];
  const after = (await ask<{ size: number }>('size')).size;
  consistent &&= errorsOf(posts) === 0 && after - before === created;
  if (!consistent) console.error(`posts: before=${before} after=${after} created=${created} errors=${errorsOf(posts)} n=${n}`);
}
if (patch) {
  const p = requestFor(patch);
  const mixed = await load(mockUrl, { amount: 3000, requests: [{ method: 'PATCH', path: p.url, headers: p.headers, body: p.body }, { method: 'GET', path: getReq.url, headers }] });
  consistent &&= errorsOf(mixed) === 0;
}
console.log(`store_consistent=${consistent} created=${created}`);
await ask('close');
process.exitCode = errors === 0 && consistent ? 0 : 1;
