import { readDocs } from '../src/docs/index.js';
import { buildFromFiles } from '../src/pipeline.js';
const src = await readDocs('.corpus');
const b = buildFromFiles(src.files, 'c');
const d = b.set.diagnostics.filter((x) => x.rule === 'possible-values-unreadable');
console.log(d.length);
for (const x of d.slice(0, 40)) console.log(x.source.file + ':' + x.source.line, x.message.slice(x.message.indexOf('"')));
let n = 0; for (const r of Object.values(b.model.resources)) for (const p of r.properties) if (p.inlineEnum) n++;
console.log('inline enums', n);
