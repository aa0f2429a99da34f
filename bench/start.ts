// Start-up of `graph-contracts mock --docs <corpus>`, as an SDK test set-up meets it: the time from
// spawning the CLI to the first answered request, with an empty build cache (cold: builds and
// fills it), with the filled cache (warm), and with --no-cache (today's start: builds every time,
// fills nothing), alternating within each round so load from other processes hits all alike.
// Usage: npm run bench:start (builds dist/ first). Env: GRAPH_DOCS_CORPUS, BENCH_REPS (rounds,
// default 3), BENCH_BASELINE_CLI (another build's dist/cli/main.js, e.g. main in a temp checkout,
// measured the same way as `main_s`).
//
// Prints `cold_s=<a> warm_s=<b> ratio=<b/a> first_request_ms=<c> peak_rss_mb=<d>` (medians; peak
// RSS of the warm start, VmHWM), then the same for each kind of start, with the CPU seconds it
// used (steadier than wall time when other processes share the cores; cpu_ratio = warm/cold).
// first_request_ms is the first request sent after the mock says it is ready; later_request_ms
// the median of the next 20.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, get, type IncomingMessage } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CORPUS_TARBALL } from '../test/helpers/corpus.js';

const corpus = CORPUS_TARBALL;
if (!existsSync(corpus)) {
  console.error(`bench:start: corpus not found at ${corpus} (set GRAPH_DOCS_CORPUS)`);
  process.exit(2);
}
const cli = resolve(import.meta.dirname, '../dist/cli/main.js');
const baselineCli = process.env.BENCH_BASELINE_CLI;
const reps = Math.max(1, Number(process.env.BENCH_REPS ?? 3));
const PATH = '/beta/me';
const LATER = 20;

/** One start: seconds to the mock's ready line and to its first answer, request latencies, peak RSS. */
interface Start {
  readyS: number;
  answeredS: number;
  firstMs: number;
  laterMs: number;
  peakMb: number;
  /** CPU seconds the mock process used until its first answer: steadier than wall time on a busy machine. */
  cpuS: number;
  stderr: string;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** One GET; resolves with its latency once the whole body has arrived (a new connection, as a test's first request makes). */
function timedGet(url: string): Promise<{ ms: number; status: number }> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    get(url, { headers: { authorization: 'Bearer bench' }, agent: false }, (res: IncomingMessage) => {
      res.resume();
      res.on('end', () => resolve({ ms: performance.now() - start, status: res.statusCode ?? 0 }));
    }).on('error', reject);
  });
}

/** User + system CPU seconds of a live process (/proc/<pid>/stat, USER_HZ 100); NaN where /proc is not there. */
function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

/** Peak resident set (VmHWM) of a live process, in MB; NaN where /proc is not there. */
function peakRssMb(pid: number): number {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

async function startMock(cliPath: string, flags: string[]): Promise<Start> {
  const started = performance.now();
  const child = spawn(process.execPath, [cliPath, 'mock', '--docs', corpus, '--port', '0', ...flags], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const at = /at (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (at) resolve(at[1]!);
    });
    child.once('exit', (code) => reject(new Error(`mock exited ${code} before it was ready: ${stderr}`)));
  });
  const readyS = (performance.now() - started) / 1000;
  const first = await timedGet(url + PATH);
  const answeredS = (performance.now() - started) / 1000;
  const cpuS = cpuSeconds(child.pid!);
  if (first.status !== 200) throw new Error(`GET ${PATH} answered ${first.status}`);
  const later: number[] = [];
  for (let i = 0; i < LATER; i++) later.push((await timedGet(url + PATH)).ms);
  const peakMb = peakRssMb(child.pid!);
  child.kill('SIGTERM');
  await exited;
  return { readyS, answeredS, firstMs: first.ms, laterMs: median(later), peakMb, cpuS, stderr: stderr.trim() };
}

// The client side of the first request is warmed here, so first_request_ms measures the mock only.
const warmup = createServer((_req, res) => res.end('{}'));
await new Promise<void>((resolve) => warmup.listen(0, '127.0.0.1', resolve));
for (let i = 0; i < 5; i++) await timedGet(`http://127.0.0.1:${(warmup.address() as { port: number }).port}/`);
warmup.close();

const loadBefore = loadavg()[0]!;
const runs: Record<'cold' | 'warm' | 'nocache' | 'main', Start[]> = { cold: [], warm: [], nocache: [], main: [] };
const cacheDirs: string[] = [];
for (let round = 0; round < reps; round++) {
  const cacheDir = mkdtempSync(join(tmpdir(), 'graph-contracts-bench-cache-'));
  cacheDirs.push(cacheDir);
  const order: (keyof typeof runs)[] = round % 2 === 0 ? ['nocache', 'cold', 'warm', 'main'] : ['main', 'cold', 'warm', 'nocache'];
  for (const kind of order) {
    if (kind === 'main' && !baselineCli) continue;
    const flags = kind === 'nocache' ? ['--no-cache'] : kind === 'main' ? [] : ['--cache-dir', cacheDir];
    const start = await startMock(kind === 'main' ? baselineCli! : cli, flags);
    if (start.stderr) console.error(`${kind}: ${start.stderr}`);
    runs[kind].push(start);
  }
}
for (const dir of cacheDirs) rmSync(dir, { recursive: true, force: true });

const med = (kind: keyof typeof runs, f: (s: Start) => number) => median(runs[kind].map(f));
const f2 = (x: number) => x.toFixed(2);
const f3 = (x: number) => x.toFixed(3);
const cold = med('cold', (s) => s.answeredS);
const warm = med('warm', (s) => s.answeredS);
console.log(`cold_s=${f2(cold)} warm_s=${f2(warm)} ratio=${f3(warm / cold)} first_request_ms=${med('warm', (s) => s.firstMs).toFixed(1)} peak_rss_mb=${med('warm', (s) => s.peakMb).toFixed(0)}`);
for (const kind of ['cold', 'warm', 'nocache', 'main'] as const) {
  if (runs[kind].length === 0) continue;
  console.log(
    `${kind}: answered_s=${f2(med(kind, (s) => s.answeredS))} ready_s=${f2(med(kind, (s) => s.readyS))} first_request_ms=${med(kind, (s) => s.firstMs).toFixed(1)} later_request_ms=${med(kind, (s) => s.laterMs).toFixed(1)} peak_rss_mb=${med(kind, (s) => s.peakMb).toFixed(0)} cpu_s=${f2(med(kind, (s) => s.cpuS))} samples_s=${runs[kind].map((s) => f2(s.answeredS)).join(',')}`,
  );
}
const nocache = med('nocache', (s) => s.answeredS);
const cpu = (kind: keyof typeof runs) => med(kind, (s) => s.cpuS);
console.log(`warm_vs_nocache_ratio=${f3(warm / nocache)} cpu_ratio=${f3(cpu('warm') / cpu('cold'))} rounds=${reps} load_avg=${f2(loadBefore)}->${f2(loadavg()[0]!)}`);
