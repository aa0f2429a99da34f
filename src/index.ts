export * from './errors.js';
export type { Severity } from './severity.js';
export type { DocPage, DocDiagnostic, SourceRef } from './docs/types.js';
export type { ApiModel, Operation, Resource } from './model/types.js';
export type { Contract, Violation, Check } from './contracts/types.js';
export type { RunResult, CaseResult } from './results/types.js';
export * from './reporters/index.js';
