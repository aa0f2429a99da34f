export { parseDoc } from './parse.js';
export { readDocs, docsRelative, DEFAULT_READ_LIMITS, type DocSource, type ReadLimits, type ReadOptions } from './read.js';
export { isDocsUrl, downloadDocs, shownUrl } from './download.js';
export { DOC_VERSIONS, placeFiles } from './layout.js';
export { classifyPage } from './classify.js';
export { parseAnnotation, KNOWN_ANNOTATION_KEYS, KNOWN_BLOCK_TYPES } from './annotation.js';
export type * from './types.js';
