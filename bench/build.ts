// Times a full build of the shared beta reference against `marked`'s lexer over the same files,
// in the same process, so the ratio holds on any machine. Usage: npm run bench:build
// Env: GRAPH_DOCS_CORPUS (tarball or folder), BENCH_REPS (rounds, default 7).
//
// On a shared machine one wall-clock sample means little, so: one untimed round of each side
// first (warm JIT); then rounds that time both sides back to back, alternating which goes first
// (ABBA), so load from other processes and GC debt left by the other side hit both alike. The
// headline ratio is median(build) / median(marked); the median of the per-round ratios and their
// spread are printed beside it, with CPU seconds of this process (steadier than wall time under
// load), GC time per build and the load average, to show whether a run can be trusted.
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { PerformanceObserver } from 'node:perf_hooks';
import { marked } from 'marked';
import { readDocs } from '../src/docs/index.js';
import { buildFromFiles, type Build, type StageTimings } from '../src/pipeline.js';
import { renderArtifacts } from '../src/contracts/artifacts/index.js';
import { CORPUS_TARBALL } from '../test/helpers/corpus.js';

const corpus = CORPUS_TARBALL;
if (!existsSync(corpus)) {
  console.error(`bench:build: corpus not found at ${corpus} (set GRAPH_DOCS_CORPUS)`);
  process.exit(2);
}
const reps = Math.max(1, Number(process.env.BENCH_REPS ?? 7));
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const f3 = (x: number) => x.toFixed(3);

/** GC pauses (start and duration, ms); delivered asynchronously, so matched to runs at the end. */
const gcPauses: { start: number; duration: number }[] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcPauses.push({ start: e.startTime, duration: e.duration });
}).observe({ entryTypes: ['gc'] });

/** One timed run: wall and CPU seconds of this process, and when it ran (for its GC pauses). */
interface Sample {
  wall: number;
  cpu: number;
  from: number;
  to: number;
}
const measure = (f: () => unknown): Sample => {
  const start = performance.now();
  const startCpu = process.cpuUsage();
  f();
  const used = process.cpuUsage(startCpu);
  const end = performance.now();
  return { wall: (end - start) / 1000, cpu: (used.user + used.system) / 1e6, from: start, to: end };
};
/** Seconds of GC pause that started during a run. */
const gcSeconds = (s: Sample) => gcPauses.filter((p) => p.start >= s.from && p.start < s.to).reduce((n, p) => n + p.duration, 0) / 1000;

const loadBefore = loadavg()[0]!;
const readStart = performance.now();
const { files } = await readDocs(corpus);
const readS = (performance.now() - readStart) / 1000;

// Only one build is alive at a time (peak RSS is a target too).
let build: Build | undefined = buildFromFiles(files, 'bench');
const counts = { contracts: build.set.contracts.length, schemas: Object.keys(build.set.schemas).length };
build = undefined;
const lexAll = () => {
  for (const f of files) marked.lexer(f.text);
};
lexAll();

const builds: Sample[] = [];
const lexes: Sample[] = [];
const renders: number[] = [];
const stages: StageTimings[] = [];
const runBuild = () => {
  const timings: StageTimings = {};
  builds.push(measure(() => (build = buildFromFiles(files, 'bench', timings))));
  stages.push(timings);
  renders.push(measure(() => renderArtifacts(build!.set)).wall);
  build = undefined;
};
const runLex = () => lexes.push(measure(lexAll));
for (let i = 0; i < reps; i++) {
  if (i % 2 === 0) {
    runBuild();
    runLex();
  } else {
    runLex();
    runBuild();
  }
}

await new Promise((resolve) => setTimeout(resolve, 100)); // let the last GC entries arrive
const wall = (xs: Sample[]) => xs.map((s) => s.wall);
const cpu = (xs: Sample[]) => xs.map((s) => s.cpu);
const b = median(wall(builds));
const m = median(wall(lexes));
const paired = builds.map((s, i) => s.wall / lexes[i]!.wall);
const peak = process.resourceUsage().maxRSS / 1024;
const stage = (k: keyof StageTimings) => f3(median(stages.map((t) => t[k] ?? 0)));
console.log(`files=${files.length} reps=${reps} read_s=${f3(readS)} contracts=${counts.contracts} schemas=${counts.schemas} loadavg_1m=${loadBefore.toFixed(2)}..${loadavg()[0]!.toFixed(2)}`);
console.log(`stages_s parse=${stage('parse')} model=${stage('model')} schemas=${stage('schemas')} contracts=${stage('contracts')} render_artifacts=${f3(median(renders))}`);
console.log(`rounds build_s=[${wall(builds).map(f3).join(' ')}] marked_lexer_s=[${wall(lexes).map(f3).join(' ')}]`);
console.log(`paired_ratio median=${f3(median(paired))} min=${f3(Math.min(...paired))} max=${f3(Math.max(...paired))} gc_s build=${f3(median(builds.map(gcSeconds)))} marked_lexer=${f3(median(lexes.map(gcSeconds)))}`);
console.log(`cpu_s build=${f3(median(cpu(builds)))} marked_lexer=${f3(median(cpu(lexes)))} cpu_ratio=${f3(median(cpu(builds)) / median(cpu(lexes)))}`);
console.log(`build_s=${f3(b)} marked_lexer_s=${f3(m)} ratio=${f3(b / m)} peak_rss_mb=${peak.toFixed(0)}`);
