export { openLiveTarget, type LiveTarget, type LiveTargetOptions } from './target.js';
export { WORKER_ENV, workerTarget, createTransport, authHeaders } from './worker.js';
export { decide, AUTH_KIND_LABEL, type Decision, type RunPolicy } from './gate.js';
export { deniedViolations, DENIED_CHECK } from './denied.js';
export { Ledger, type LedgerEntry } from './ledger.js';
export { cleanupLedger, formatCleanup, type CleanupReport } from './cleanup.js';
export { resolvePlan, formatPlan, type PlanEntry } from './plan.js';
export { onInterrupt } from './interrupt.js';
export { startLiveSession, type LiveSession, type LiveSessionOptions } from './session.js';
