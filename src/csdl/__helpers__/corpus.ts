import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The shared beta CSDL, from GRAPH_METADATA_CSDL or ../shared/corpus beside the repo. */
export const CSDL_FILE = process.env.GRAPH_METADATA_CSDL ?? resolve(repoRoot, '../shared/corpus/graph-metadata-beta-2021-06-08.xml.gz');

/** The shared beta docs tarball, from GRAPH_DOCS_CORPUS or ../shared/corpus beside the repo. */
export const DOCS_TARBALL = process.env.GRAPH_DOCS_CORPUS ?? resolve(repoRoot, '../shared/corpus/graph-docs-beta-2021-07.tar.gz');

/**
 * Whether corpus tests can run. Absent corpus: skip with a message, except under CI=true where
 * the corpus must be there (a silently skipped gate is worse than a red one).
 */
export function corpusAvailable(...files: string[]): boolean {
  const missing = files.filter((f) => !existsSync(f));
  if (missing.length === 0) return true;
  const message = `shared corpus not found (${missing.join(', ')}); set GRAPH_DOCS_CORPUS / GRAPH_METADATA_CSDL`;
  if (process.env.CI === 'true') throw new Error(`${message}: corpus tests are required under CI=true`);
  console.warn(`skipping corpus tests: ${message}`);
  return false;
}
