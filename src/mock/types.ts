import type { ContractSet } from '../contracts/types.js';
import type { SchemaValidator } from '../schemas/types.js';
import type { DriftMode } from './drift.js';

export type { DriftMode } from './drift.js';

/** A response as the pure handler decides it; the HTTP adapter only writes it out. */
export interface MockResponse {
  status: number;
  /** Lower-case header names. */
  headers: Record<string, string>;
  body: string;
  /** A transport fault the adapter must act out instead of (or before) writing the response. */
  fault?: { kind: 'reset' } | { kind: 'delay'; ms: number };
}

/** Options shared by the handler and the server. */
export interface MockOptions {
  /** Drift applied to every request that does not choose its own with the drift header. @default none */
  drift?: DriftMode;
  /** Accepts or rejects a bearer token (401 when false). @default any non-empty token */
  acceptToken?: (bearer: string) => boolean;
  /** Delay of the `slow-response` drift, in ms (capped at {@link MAX_SLOW_MS}). @default 1500 */
  slowMs?: number;
  /** Validates request and response bodies. @default createSchemaValidator(set.schemas) */
  validator?: SchemaValidator;
  /** Id generator (request ids, created entities). @default crypto.randomUUID */
  newId?: () => string;
  /** Clock for error envelopes. @default () => new Date() */
  now?: () => Date;
  /**
   * `enforce`: a JWT bearer whose permission type (app-only or delegated, from its claims) the
   * request's page marks "Not supported." gets Graph's 403, as a tenant does. `ignore` answers it
   * anyway (a tenant that wrongly allows it, to see `--expect-denied` catch that). @default 'enforce'
   */
  permissions?: 'enforce' | 'ignore';
}

/** Upper bound of the `slow-response` delay so a misconfigured run cannot hang. */
export const MAX_SLOW_MS = 10_000;

/** Request header that selects a drift mode for one request (`none` turns the server's off). */
export const DRIFT_HEADER = 'x-graph-contracts-drift';

/** Request header that pins the contract answering a request (when several share a route). */
export const CONTRACT_HEADER = 'x-graph-contracts-contract';

/** Value used for every path parameter of the seeded data, e.g. `/users/{id}` → `/users/<SEED_ID>`. */
export const SEED_ID = '86904b1e-c7d0-4ead-b13a-98f11fc400ee';

/** Input of the mock: the contracts and schemas it serves. */
export type MockInput = ContractSet;
