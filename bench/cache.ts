// What the build cache is made of, measured on the corpus: (1) hashing the docs for the cache key:
// the .tar.gz bytes, the extracted folder read whole, and the folder again with file stamps kept
// (only `stat` per file); (2) the part formats: each part of a build as JSON or v8 serialize,
// written and read back through the cache's codec (length and checksum checked), and what a
// mock start reads in each layout: one JSON of the whole build, one v8 of it, or the parts it
// needs (set as JSON + the mock's examples as v8). Medians of BENCH_REPS rounds (default 5),
// alternating which side goes first; reads run after a garbage collection with the build gone.
// Usage: npm run bench:cache. Env: GRAPH_DOCS_CORPUS.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { x as extract } from 'tar';
import { decodePart, encodePart, fingerprintDocs, hashFile, type PartEncoding } from '../src/cache/index.js';
import { readDocs } from '../src/docs/index.js';
import { prepareMock } from '../src/mock/index.js';
import { buildFromFiles } from '../src/pipeline.js';
import { CORPUS_TARBALL } from '../test/helpers/corpus.js';

const corpus = CORPUS_TARBALL;
if (!existsSync(corpus)) {
  console.error(`bench:cache: corpus not found at ${corpus} (set GRAPH_DOCS_CORPUS)`);
  process.exit(2);
}
const reps = Math.max(1, Number(process.env.BENCH_REPS ?? 5));
const work = mkdtempSync(join(tmpdir(), 'graph-contracts-bench-'));
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const ms = (f: () => unknown) => {
  const start = performance.now();
  f();
  return performance.now() - start;
};
/** Median ms of each named function, run `reps` times, in alternating order. */
function compare(fns: Record<string, () => unknown>): Record<string, number> {
  const names = Object.keys(fns);
  const samples: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let round = 0; round < reps; round++) {
    for (const name of round % 2 ? [...names].reverse() : names) samples[name]!.push(ms(fns[name]!));
  }
  return Object.fromEntries(names.map((n) => [n, median(samples[n]!)]));
}
const f0 = (x: number) => x.toFixed(0);
const mb = (n: number) => (n / 1024 / 1024).toFixed(1);

try {
  // (1) Hashing the docs.
  const folder = join(work, 'docs');
  mkdirSync(folder);
  await extract({ file: corpus, cwd: folder });
  const stamps = join(work, 'stamps');
  fingerprintDocs(folder, stamps);
  const readFolderMs = [] as number[];
  const readTarMs = [] as number[];
  for (let round = 0; round < reps; round++) {
    let start = performance.now();
    await readDocs(folder);
    readFolderMs.push(performance.now() - start);
    start = performance.now();
    await readDocs(corpus);
    readTarMs.push(performance.now() - start);
  }
  const hash = compare({
    tarball: () => hashFile(corpus),
    folder_read: () => fingerprintDocs(folder),
    folder_stamped: () => fingerprintDocs(folder, stamps),
  });
  console.log(`hash_tarball_ms=${f0(hash.tarball!)} hash_folder_read_ms=${f0(hash.folder_read!)} hash_folder_stamped_ms=${f0(hash.folder_stamped!)} read_docs_tarball_ms=${f0(median(readTarMs))} read_docs_folder_ms=${f0(median(readFolderMs))}`);

  // (2) Part formats: all written first, then read back with the build gone (as in a warm start,
  // where no build sits in the heap to slow the garbage collector down).
  const partNames = ['set', 'docs', 'mock'] as const;
  const files: Record<string, string> = {};
  const whole = { key: 'bench', part: 'whole' };
  {
    const build = buildFromFiles((await readDocs(corpus)).files, 'bench');
    const { set, ...rest } = build;
    const parts: Record<(typeof partNames)[number], unknown> = { set, docs: rest, mock: prepareMock(set) };
    for (const part of partNames) {
      for (const encoding of ['json', 'v8'] as PartEncoding[]) {
        let bytes: Buffer = Buffer.alloc(0);
        const encodeMs = median(Array.from({ length: Math.min(reps, 3) }, () => ms(() => (bytes = encodePart({ key: 'bench', part }, parts[part], encoding)))));
        files[`${part}.${encoding}`] = join(work, `${part}.${encoding}.part`);
        writeFileSync(files[`${part}.${encoding}`]!, bytes);
        console.log(`part=${part} encoding=${encoding} bytes_mb=${mb(bytes.length)} encode_ms=${f0(encodeMs)}`);
      }
    }
    writeFileSync(join(work, 'whole.json'), encodePart(whole, build, 'json'));
    writeFileSync(join(work, 'whole.v8'), encodePart(whole, build, 'v8'));
  }
  const gc = (globalThis as { gc?: () => void }).gc;
  const collect = () => gc?.();
  const readPart = (part: string, encoding: PartEncoding) => {
    collect();
    return ms(() => decodePart(readFileSync(files[`${part}.${encoding}`]!), { key: 'bench', part }));
  };
  for (const part of partNames) {
    const json: number[] = [];
    const v8: number[] = [];
    for (let round = 0; round < reps; round++) {
      if (round % 2) v8.push(readPart(part, 'v8'));
      json.push(readPart(part, 'json'));
      if (!(round % 2)) v8.push(readPart(part, 'v8'));
    }
    console.log(`part=${part} read_json_ms=${f0(median(json))} read_v8_ms=${f0(median(v8))}`);
  }
  // What a mock start reads in each layout.
  const layout = (name: string) => {
    collect();
    if (name === 'parts') return ms(() => [decodePart(readFileSync(files['set.json']!), { key: 'bench', part: 'set' }), decodePart(readFileSync(files['mock.v8']!), { key: 'bench', part: 'mock' })]);
    return ms(() => decodePart(readFileSync(join(work, name === 'one_json' ? 'whole.json' : 'whole.v8')), whole));
  };
  const layouts: Record<string, number[]> = { one_json: [], one_v8: [], parts: [] };
  for (let round = 0; round < reps; round++) for (const name of round % 2 ? ['parts', 'one_v8', 'one_json'] : ['one_json', 'one_v8', 'parts']) layouts[name]!.push(layout(name));
  console.log(`mock_start_read_ms one_json=${f0(median(layouts.one_json!))} one_v8=${f0(median(layouts.one_v8!))} parts=${f0(median(layouts.parts!))} (parts: set as json + mock examples as v8)`);
  console.log(`rounds=${reps} load_avg=${loadavg()[0]!.toFixed(2)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
