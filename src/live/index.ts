export { openLiveTarget, type LiveTarget, type LiveTargetOptions } from './target.js';
export { decide, type Decision, type RunPolicy } from './gate.js';
export { Ledger, type LedgerEntry } from './ledger.js';
export { cleanupLedger, formatCleanup, type CleanupReport } from './cleanup.js';
export { resolvePlan, formatPlan, type PlanEntry } from './plan.js';
export { startLiveSession, type LiveSession, type LiveSessionOptions } from './session.js';
export { openLiveRun, liveDryRun, type LiveRunTarget } from './runTarget.js';
export { createMatchers, type CreateMatchers } from './created.js';
export { cleanupLeftovers } from './leftovers.js';
