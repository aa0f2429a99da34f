export { renderArtifacts, sortDiagnostics } from './render.js';
export { writeArtifacts, staleArtifacts, type StaleArtifact, type WriteResult } from './write.js';
export { readContractSet } from './read.js';
export { stableJson } from './json.js';
export { ARTIFACT_DIRS } from './layout.js';
export { emitSuites, writeSuites, suitesUpToDate, suiteText, SUITE_MODULE } from './suites.js';
