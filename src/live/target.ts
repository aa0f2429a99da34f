import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { createAuthSource } from '../auth/authSource.js';
import type { AuthSource, Prompt } from '../auth/types.js';
import { loadLiveConfig } from '../config/load.js';
import type { LiveConfig } from '../config/types.js';
import type { Contract } from '../contracts/types.js';
import { secrets, shareSecretsAcrossThreads } from '../redact/index.js';
import { createLiveTransport } from '../transport/live.js';
import type { Transport } from '../transport/types.js';
import { cleanupLedger, emptyReport, type CleanupReport } from './cleanup.js';
import { createMatchers, type CreateMatchers } from './created.js';
import { decide, type Decision, type RunPolicy } from './gate.js';
import { Ledger, type LedgerHeader } from './ledger.js';
import { runMarker } from './marker.js';
import { recordingTransport } from './recordingTransport.js';
import { disposableOf, type Disposable, type DisposableFixtures } from './targets.js';
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
  /** The run's contracts: they tell what a request creates and where (see `createMatchers`). @default none */
  contracts?: readonly Contract[];
  /** Where creates put their resource, when already known (a suite worker's). @default from `contracts` */
  matchers?: CreateMatchers;
  /** Resources the fixtures file hands to the run's writes (`"disposable"`). @default none */
  disposable?: DisposableFixtures;
  /** Ledger file. @default `.cache/ledger/<tenant>-<time>-<pid>.jsonl` */
  ledgerPath?: string;
  /** The run's id (and marker) when reopening its target in a worker. @default a new run */
  runId?: string;
  cwd?: string;
}

/** Everything a live run needs, wired: config, auth, the guarded recording transport, the policy, the ledger. */
export interface LiveTarget {
  config: LiveConfig;
  /** Signs each request: msal or a token in hand, or a custom auth module. */
  auth: AuthSource;
  matchers: CreateMatchers;
  disposable: Disposable;
  /** Requests of the run: guarded (see `writeGuard`) and recorded (see `recordingTransport`). */
  transport: Transport;
  policy: RunPolicy;
  /** The run's ledger; its header names the run, tenant, Graph base URL and marker. */
  ledger: Ledger;
  header: LedgerHeader;
  /** May this contract's request be sent? (write gate and permission type) */
  decide(contract: Contract): Decision;
  /**
   * Deletes what the run created (or what `ledger` holds); never throws. Not subject to the
   * guard (it deletes only what the ledger says a run created), but refuses a ledger of another
   * tenant or Graph base URL, or one that names none, without sending anything.
   */
  cleanup(ledger?: Ledger, log?: (line: string) => void): Promise<CleanupReport>;
}

/**
 * Opens the live target. Throws ConfigError for bad settings; does not contact the tenant yet.
 * Joins this thread's secrets registry to the run's other threads first (the runner prints and
 * reports what its workers send it), then fills it from the settings.
 */
export function openLiveTarget(options: LiveTargetOptions): LiveTarget {
  const cwd = options.cwd ?? process.cwd();
  shareSecretsAcrossThreads(secrets);
  const config = loadLiveConfig(options.envFile, cwd);
  const auth = createAuthSource(config, options.prompt);
  const matchers = options.matchers ?? createMatchers(options.contracts ?? []);
  const runId = options.runId ?? randomUUID();
  const header: LedgerHeader = { runId, tenantId: config.tenantId, graphBaseUrl: config.graphBaseUrl, marker: runMarker(runId), startedAt: new Date().toISOString() };
  const ledgerPath = options.ledgerPath
    ?? join(ledgerDir(cwd), `${config.tenantId}-${header.startedAt.replace(/[:.]/g, '')}-${process.pid}.jsonl`);
  const ledger = new Ledger(ledgerPath, header);
  const live = createLiveTransport({ baseUrl: config.graphBaseUrl, auth, timeoutMs: config.timeoutMs });
  const policy: RunPolicy = {
    target: 'live',
    authKind: config.authKind,
    allowWrites: options.allowWrites === true,
    tenantId: config.tenantId,
    writeTenants: config.writeTenants,
    expectDenied: options.expectDenied === true,
  };
  const disposable = disposableOf(options.disposable);
  return {
    config,
    auth,
    matchers,
    disposable,
    transport: writeGuard(recordingTransport(live, ledger, matchers, header.marker), { policy, matchers, ledger, disposable }),
    policy,
    ledger,
    header,
    decide: (contract) => decide(contract, policy),
    async cleanup(other, log) {
      const target = other ?? ledger;
      const foreign = foreignLedger(target, config);
      if (foreign) return { ...emptyReport(), failed: target.pending().map((e) => ({ ...e, reason: foreign })) };
      return cleanupLedger(target, live, { settleMs: config.timeoutMs, log });
    },
  };
}

/** Why a ledger must not be cleaned up with these settings, or undefined when it is theirs. */
export function foreignLedger(ledger: Ledger, config: LiveConfig): string | undefined {
  const header = ledger.runHeader();
  if (!header) return `ledger ${ledger.path} names no tenant or Graph base URL: not touched (delete its resources by hand)`;
  if (header.tenantId !== config.tenantId) return `ledger ${ledger.path} belongs to tenant ${header.tenantId}, not ${config.tenantId}: not touched`;
  if (header.graphBaseUrl !== config.graphBaseUrl) return `ledger ${ledger.path} belongs to ${header.graphBaseUrl}, not ${config.graphBaseUrl}: not touched`;
  return undefined;
}
