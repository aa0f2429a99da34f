export * from './types.js';
export { applyBaseline, isExpired } from './apply.js';
export { updateBaseline, type NewEntryDefaults } from './update.js';
export { readBaseline, writeBaseline, checkBaseline, updateBaselineFile } from './file.js';
export { findingKey, compareByKey } from './key.js';
export { findingsFromRun, findingsOfCase } from './fromRun.js';
export { inconclusiveReason } from './conclusive.js';
export { gate, type GateResult } from './gate.js';
