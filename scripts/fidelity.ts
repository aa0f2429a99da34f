// Fidelity of the doc-derived model against the shared beta CSDL: `npm run fidelity`.
import { fidelity, readCsdl, type Miss, type MissCause } from '../src/csdl/index.js';
import { parseDoc, readDocs } from '../src/docs/index.js';
import { buildModel } from '../src/model/build.js';
import { corpus, requireCorpus } from './corpus.js';

requireCorpus('fidelity');
const [source, csdl] = await Promise.all([readDocs(corpus.docs), readCsdl(corpus.csdl)]);
const pages = source.files.map(parseDoc);
const report = fidelity(buildModel(pages), csdl, pages);
const { properties: props, enumMembers: members } = report;

console.log(`property_recall=${props.recall.toFixed(4)} enum_member_recall=${members.recall.toFixed(4)}`);
console.log(`types=${report.types} properties=${props.found}/${props.total} enum_members=${members.found}/${members.total}`);
// Found, but spelled with other case by the docs (build --metadata lists each as a case difference).
console.log(`case_only_properties=${props.caseOnly} case_only_enum_members=${members.caseOnly}: ${report.caseDifferences.slice(0, 6).map((d) => `${d.name} (docs: ${d.docs})`).join(', ')}`);
const count = (...causes: MissCause[]) => report.misses.filter((m) => causes.includes(m.cause)).length;
const ratio = (found: number, total: number) => (found / total).toFixed(4);
// Upper bounds, each adding one more source of names to what the model reads now: the docs' own ceiling.
console.log(
  [
    `property_recall_if_every_name_in_a_table_or_json_key_on_its_page_were_read=${ratio(props.found + count('on-page-but-not-extracted'), props.total)}`,
    `..._and_every_name_other_pages_show_were_taken=${ratio(props.found + count('on-page-but-not-extracted', 'documented-on-derived-type-page', 'only-in-examples', 'only-in-api-paths'), props.total)}`,
    `..._and_names_only_mentioned_in_prose=${ratio(props.found + count('on-page-but-not-extracted', 'documented-on-derived-type-page', 'only-in-examples', 'only-in-api-paths', 'mentioned-on-page-only'), props.total)}`,
  ].join('\n'),
);
const byCause = new Map<string, Miss[]>();
for (const m of report.misses) byCause.set(m.cause, [...(byCause.get(m.cause) ?? []), m]);
console.log('misses by cause:');
for (const [cause, misses] of [...byCause].sort((a, b) => b[1].length - a[1].length)) {
  console.log(`${String(misses.length).padStart(7)}  ${cause}: ${misses.slice(0, 6).map((m) => m.name).join(', ')}`);
}
