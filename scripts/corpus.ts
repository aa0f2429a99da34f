import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The shared beta docs tarball and CSDL, from the environment or ../shared/corpus beside the repo. */
export const corpus = {
  docs: process.env.GRAPH_DOCS_CORPUS ?? resolve(root, '../shared/corpus/graph-docs-beta-2021-07.tar.gz'),
  csdl: process.env.GRAPH_METADATA_CSDL ?? resolve(root, '../shared/corpus/graph-metadata-beta-2021-06-08.xml.gz'),
};

/** Exits when the corpus is absent: 0 with a message normally, 2 under CI=true (a skipped gate is not a pass). */
export function requireCorpus(script: string): void {
  const missing = [corpus.docs, corpus.csdl].filter((f) => !existsSync(f));
  if (missing.length === 0) return;
  console.error(`${script}: shared corpus not found (${missing.join(', ')}); set GRAPH_DOCS_CORPUS and GRAPH_METADATA_CSDL`);
  process.exit(process.env.CI === 'true' ? 2 : 0);
}
