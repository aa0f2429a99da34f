// Times the CSDL cross-check against the build of the same corpus, in the same run:
// prints `build_s=<a> crosscheck_s=<b> ratio=<b/a>` (target: same order of time, ratio <= 1).
import { performance } from 'node:perf_hooks';
import { crossCheck, formatCrossCheck, readCsdl } from '../src/csdl/index.js';
import { readDocs } from '../src/docs/index.js';
import { buildFromFiles } from '../src/pipeline.js';
import { corpus, requireCorpus } from '../scripts/corpus.js';

requireCorpus('bench:crosscheck');
const source = await readDocs(corpus.docs);
let t = performance.now();
const build = buildFromFiles(source.files, 'corpus');
const buildS = (performance.now() - t) / 1000;
t = performance.now();
const result = crossCheck(build.model, await readCsdl(corpus.csdl));
const checkS = (performance.now() - t) / 1000;
console.log(formatCrossCheck(result));
console.log(`build_s=${buildS.toFixed(2)} crosscheck_s=${checkS.toFixed(2)} ratio=${(checkS / buildS).toFixed(3)}`);
