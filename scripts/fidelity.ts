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
const count = (...causes: MissCause[]) => report.misses.filter((m) => causes.includes(m.cause)).length;
const ratio = (found: number, total: number) => (found / total).toFixed(4);
// Upper bounds, each adding one more source of names to what the model reads now.
console.log(
  [
    `property_recall_if_every_name_in_a_table_or_json_key_on_its_page_were_read=${ratio(props.found + count('on-page-but-not-extracted'), props.total)}`,
    `..._and_case_only_differences_counted=${ratio(props.found + count('on-page-but-not-extracted', 'property-case-differs'), props.total)}`,
    `..._and_names_from_derived_type_pages_examples_and_api_paths=${ratio(props.found + count('on-page-but-not-extracted', 'property-case-differs', 'documented-on-derived-type-page', 'only-in-examples', 'only-in-api-paths'), props.total)}`,
  ].join('\n'),
);
console.log(`enum_member_recall_if_case_only_differences_counted=${ratio(members.found + count('enum-member-case-differs'), members.total)}`);
const byCause = new Map<string, Miss[]>();
for (const m of report.misses) byCause.set(m.cause, [...(byCause.get(m.cause) ?? []), m]);
console.log('misses by cause:');
for (const [cause, misses] of [...byCause].sort((a, b) => b[1].length - a[1].length)) {
  console.log(`${String(misses.length).padStart(7)}  ${cause}: ${misses.slice(0, 6).map((m) => m.name).join(', ')}`);
}
