import { join } from 'node:path';
import { createAuthSource } from '../auth/authSource.js';
import type { AuthSource, Prompt } from '../auth/types.js';
import { loadLiveConfig } from '../config/load.js';
import type { LiveConfig } from '../config/types.js';
import type { Contract } from '../contracts/types.js';
import { createLiveTransport } from '../transport/live.js';
import type { Transport } from '../transport/types.js';
import { cleanupLedger, type CleanupReport } from './cleanup.js';
import { createMatchers, type CreateMatchers } from './created.js';
import { decide, type Decision, type RunPolicy } from './gate.js';
import { Ledger } from './ledger.js';
import { recordingTransport } from './recordingTransport.js';
import { writeGuard } from './writeGuard.js';

/** Where runs keep their ledgers: `<cwd>/.cache/ledger/<tenant>-<time>-<pid>.jsonl`. */
export function ledgerDir(cwd: string): string {
  return join(cwd, '.cache', 'ledger');
}

/** Flags of `run --target live` that shape the live target. */
export interface LiveTargetOptions {
  /** `--env-file`. @default `.env` when present */
  envFile?: string;
  /** `--allow-writes`. @default false */
  allowWrites?: boolean;
  /** `--expect-denied`. @default false */
  expectDenied?: boolean;
  /** Where the device code message goes; without it a missing device code sign-in is an error. */
  prompt?: Prompt;
  /** The run's contracts: they tell where a create's resource lives (see `createMatchers`). @default none */
  contracts?: readonly Contract[];
  /** Where creates put their resource, when already known (a suite worker's). @default from `contracts` */
  matchers?: CreateMatchers;
  /** Ledger file. @default `.cache/ledger/<tenant>-<time>-<pid>.jsonl` */
  ledgerPath?: string;
  cwd?: string;
}

/** Everything a live run needs, wired: config, auth, the recording transport, the policy, the ledger. */
export interface LiveTarget {
  config: LiveConfig;
  /** Signs each request: msal or a token in hand, or a custom auth module. */
  auth: AuthSource;
  matchers: CreateMatchers;
  transport: Transport;
  policy: RunPolicy;
  ledger: Ledger;
  /** May this contract's request be sent? */
  decide(contract: Contract): Decision;
  /** Deletes what the run created (or what `ledger` holds); never throws. Not subject to the write gate. */
  cleanup(ledger?: Ledger): Promise<CleanupReport>;
}

/** Opens the live target. Throws ConfigError for bad settings; does not contact the tenant yet. */
export function openLiveTarget(options: LiveTargetOptions): LiveTarget {
  const cwd = options.cwd ?? process.cwd();
  const config = loadLiveConfig(options.envFile, cwd);
  const auth = createAuthSource(config, options.prompt);
  const matchers = options.matchers ?? createMatchers(options.contracts ?? []);
  const ledgerPath = options.ledgerPath
    ?? join(ledgerDir(cwd), `${config.tenantId}-${new Date().toISOString().replace(/[:.]/g, '')}-${process.pid}.jsonl`);
  const ledger = new Ledger(ledgerPath);
  const live = createLiveTransport({ baseUrl: config.graphBaseUrl, auth, timeoutMs: config.timeoutMs });
  const policy: RunPolicy = {
    target: 'live',
    authKind: config.authKind,
    allowWrites: options.allowWrites === true,
    tenantId: config.tenantId,
    writeTenants: config.writeTenants,
    expectDenied: options.expectDenied === true,
  };
  return {
    config,
    auth,
    matchers,
    transport: recordingTransport(writeGuard(live, policy), ledger, matchers.singleValued, matchers.asyncCreates),
    policy,
    ledger,
    decide: (contract) => decide(contract, policy),
    // Deleting what a run created needs no --allow-writes: creating it did.
    cleanup: (other) => cleanupLedger(other ?? ledger, live),
  };
}
