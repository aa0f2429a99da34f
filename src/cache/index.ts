export { CacheEntry, entryKey, openEntry, type BuildOptions } from './entry.js';
export { CorruptPartError, decodePart, encodePart, jsonPieces, writePart, type PartEncoding, type PartLabel } from './codec.js';
export { fingerprintDocs } from './docsFingerprint.js';
export { hashFile, hashFiles, type HashFilesOptions } from './fileHashes.js';
export { MAX_CACHE_BYTES, pruneCache } from './prune.js';
export { CACHE_DIR_ENV, cacheSettings, defaultCacheDir, type CacheSettings } from './settings.js';
export { toolFingerprint } from './toolFingerprint.js';
