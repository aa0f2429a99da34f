// Fidelity of the doc-derived model against the shared beta CSDL: `npm run fidelity`.
import { fidelity, readCsdl, type Miss } from '../src/csdl/index.js';
import { parseDoc, readDocs } from '../src/docs/index.js';
import { buildModel } from '../src/model/build.js';
import { corpus, requireCorpus } from './corpus.js';

requireCorpus('fidelity');
const [source, csdl] = await Promise.all([readDocs(corpus.docs), readCsdl(corpus.csdl)]);
const pages = source.files.map(parseDoc);
const report = fidelity(buildModel(pages), csdl, pages);

console.log(`property_recall=${report.properties.recall.toFixed(4)} enum_member_recall=${report.enumMembers.recall.toFixed(4)}`);
console.log(
  `types=${report.types} properties=${report.properties.found}/${report.properties.total} enum_members=${report.enumMembers.found}/${report.enumMembers.total}`,
);
// What the docs allow at best: every property name that is on its page extracted.
const onPage = report.misses.filter((m) => m.cause === 'on-page-but-not-extracted').length;
console.log(`property_recall_if_every_name_on_its_page_were_read=${((report.properties.found + onPage) / report.properties.total).toFixed(4)}`);
const byCause = new Map<string, Miss[]>();
for (const m of report.misses) byCause.set(m.cause, [...(byCause.get(m.cause) ?? []), m]);
console.log('top misses by cause:');
for (const [cause, misses] of [...byCause].sort((a, b) => b[1].length - a[1].length)) {
  console.log(`${String(misses.length).padStart(7)}  ${cause}: ${misses.slice(0, 6).map((m) => m.name).join(', ')}`);
}
