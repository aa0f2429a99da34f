export type * from './types.js';
export { parseCsdl } from './parse.js';
export { readCsdl } from './read.js';
export { indexCsdl, type CsdlIndex } from './lookup.js';
export { crossCheck, DIFFERENCE_KINDS, type CrossCheckResult, type CsdlDifference, type DifferenceKind } from './crossCheck.js';
export { fidelity, type CaseDifference, type FidelityReport, type Miss, type MissCause, type Recall } from './fidelity.js';
export { formatCrossCheck } from './format.js';
