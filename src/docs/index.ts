export { parseDoc } from './parse.js';
export { readDocs, docsRelative, type DocSource } from './read.js';
export { parseAnnotation, KNOWN_ANNOTATION_KEYS, KNOWN_BLOCK_TYPES } from './annotation.js';
export type * from './types.js';
