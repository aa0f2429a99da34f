export type { Change, ModelDiff } from './types.js';
export { CHANGE_KINDS, type ChangeKind } from './kinds.js';
export { diffModels } from './diffModels.js';
export { formatDiffText, formatDiffJson } from './format.js';
