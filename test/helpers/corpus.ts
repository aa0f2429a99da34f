import { resolve } from 'node:path';

/**
 * The shared Graph beta docs tarball: `GRAPH_DOCS_CORPUS`, else `../shared/corpus/` beside the
 * repository. Never committed; tests skip without it (and fail under CI=true).
 */
export const CORPUS_TARBALL = process.env.GRAPH_DOCS_CORPUS ?? resolve(import.meta.dirname, '../../../shared/corpus/graph-docs-beta-2021-07.tar.gz');
