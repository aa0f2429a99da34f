import { existsSync } from 'node:fs';
import { corpus } from '../../../scripts/corpus.js';

/** The shared beta CSDL (GRAPH_METADATA_CSDL or ../shared/corpus beside the repo). */
export const CSDL_FILE = corpus.csdl;

/** The shared beta docs tarball (GRAPH_DOCS_CORPUS or ../shared/corpus beside the repo). */
export const DOCS_TARBALL = corpus.docs;

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
