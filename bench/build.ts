// Times a full build of the shared beta reference against `marked`'s lexer over the same files,
// in the same process, so the ratio holds on any machine. Usage: npm run bench:build
// Env: GRAPH_DOCS_CORPUS (tarball or folder), BENCH_REPS (default 5).
import { existsSync } from 'node:fs';
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
const reps = Math.max(1, Number(process.env.BENCH_REPS ?? 5));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
/** Wall seconds, and CPU seconds of this process (steadier than wall time on a shared machine). */
const cpu: { build: number[]; marked: number[] } = { build: [], marked: [] };
const seconds = (f: () => unknown, cpuInto?: number[]) => {
  const start = performance.now();
  const startCpu = process.cpuUsage();
  f();
  const used = process.cpuUsage(startCpu);
  cpuInto?.push((used.user + used.system) / 1e6);
  return (performance.now() - start) / 1000;
};

const readStart = performance.now();
const { files } = await readDocs(corpus);
const readS = (performance.now() - readStart) / 1000;

// One untimed round each, so both sides are measured with warm JIT; then interleaved rounds, so
// load from other processes hits both alike.
// Only one build is alive at a time (peak RSS is a target too).
let build: Build | undefined = buildFromFiles(files, 'bench');
const counts = { contracts: build.set.contracts.length, schemas: Object.keys(build.set.schemas).length };
build = undefined;
for (const f of files) marked.lexer(f.text);
const buildS: number[] = [];
const markedS: number[] = [];
const renderS: number[] = [];
const stages: StageTimings[] = [];
for (let i = 0; i < reps; i++) {
  const timings: StageTimings = {};
  buildS.push(seconds(() => (build = buildFromFiles(files, 'bench', timings)), cpu.build));
  stages.push(timings);
  renderS.push(seconds(() => renderArtifacts(build!.set)));
  build = undefined;
  markedS.push(seconds(() => files.forEach((f) => marked.lexer(f.text)), cpu.marked));
}
const b = median(buildS);
const m = median(markedS);
const peak = process.resourceUsage().maxRSS / 1024;
const stage = (k: keyof StageTimings) => median(stages.map((t) => t[k] ?? 0)).toFixed(3);
console.log(`files=${files.length} reps=${reps} read_s=${readS.toFixed(3)} contracts=${counts.contracts} schemas=${counts.schemas}`);
console.log(`stages_s parse=${stage('parse')} model=${stage('model')} schemas=${stage('schemas')} contracts=${stage('contracts')} render_artifacts=${median(renderS).toFixed(3)}`);
console.log(`cpu_s build=${median(cpu.build).toFixed(3)} marked_lexer=${median(cpu.marked).toFixed(3)} cpu_ratio=${(median(cpu.build) / median(cpu.marked)).toFixed(3)}`);
console.log(`build_s=${b.toFixed(3)} marked_lexer_s=${m.toFixed(3)} ratio=${(b / m).toFixed(3)} peak_rss_mb=${peak.toFixed(0)}`);
