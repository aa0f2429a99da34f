// Writes or compares everything a build of the shared beta reference produces: the rendered
// artifacts (contracts, diagnostics, schemas), a digest of each parsed page, and lint's findings.
// A speed change to parsing, the model or the derive stages must leave all of it byte-identical.
// Usage: tsx bench/buildOutput.ts write <dir> | tsx bench/buildOutput.ts compare <dir>
// Env: GRAPH_DOCS_CORPUS (tarball or folder). Write to a git-ignored folder (.corpus/...).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readDocs } from '../src/docs/index.js';
import { lintDocs } from '../src/lint/index.js';
import { buildFromFiles, renderBuildArtifacts } from '../src/pipeline.js';
import { CORPUS_TARBALL } from '../test/helpers/corpus.js';

const [mode, dir] = process.argv.slice(2);
if ((mode !== 'write' && mode !== 'compare') || !dir) {
  console.error('usage: tsx bench/buildOutput.ts write|compare <dir>');
  process.exit(2);
}
const { files } = await readDocs(CORPUS_TARBALL);
const build = buildFromFiles(files, 'bench');
const out = renderBuildArtifacts(build.set);
// Pages as plain data (whatever their in-memory form), one JSON line per page.
out.set('pages.jsonl', build.pages.map((p) => JSON.stringify(p)).join('\n'));
out.set('lint.json', JSON.stringify(lintDocs({ pages: build.pages, model: build.model, versions: build.versions }).findings, null, 1));

if (mode === 'write') {
  for (const [name, text] of out) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  writeFileSync(join(dir, 'files.txt'), [...out.keys()].sort().join('\n'));
  console.log(`wrote ${out.size} files under ${dir}`);
} else {
  const expected = readFileSync(join(dir, 'files.txt'), 'utf8').split('\n');
  const differ = expected.filter((name) => !out.has(name) || !existsSync(join(dir, name)) || readFileSync(join(dir, name), 'utf8') !== out.get(name));
  const added = [...out.keys()].filter((name) => !expected.includes(name));
  for (const name of [...differ, ...added].slice(0, 20)) console.log(`differs: ${name}`);
  console.log(`${out.size} files compared: ${differ.length} differ, ${added.length} new`);
  process.exitCode = differ.length + added.length === 0 ? 0 : 1;
}
