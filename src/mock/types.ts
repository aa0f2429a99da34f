import type { ContractSet } from '../contracts/types.js';
import type { SchemaValidator } from '../schemas/types.js';
import type { HttpRequest } from '../transport/types.js';
import type { DriftMode } from './drift.js';

export type { DriftMode } from './drift.js';

/** A request as the HTTP adapter hands it to the pure handler. */
export interface MockRequest extends HttpRequest {
  /** The raw body bytes (uploads of file content); `body` holds the text of JSON bodies. */
  bytes?: Buffer;
  /** Scheme and host the client called (`https://127.0.0.1:4010`), for absolute links. @default https://graph.microsoft.com */
  origin?: string;
}

/** A response as the pure handler decides it; the HTTP adapter only writes it out. */
export interface MockResponse {
  status: number;
  /** Lower-case header names. */
  headers: Record<string, string>;
  body: string;
  /** A binary body (file content, `$value` media); `body` is then empty. */
  bytes?: Buffer;
  /** A transport fault the adapter must act out instead of (or before) writing the response. */
  fault?: { kind: 'reset' } | { kind: 'delay'; ms: number };
  /**
   * In-process only, never sent: the contract that answered, and the drift mode applied to the
   * answer (`not-applicable` when the mode could not break it), so a benchmark can tell.
   */
  trace?: { contract?: string; drift?: string };
}

/** Options shared by the handler and the server. */
export interface MockOptions {
  /**
   * Drift applied to the answers of this mock tenant. It is chosen per server, never by a
   * request: a client cannot tell the mock to misbehave. @default none
   */
  drift?: DriftMode;
  /**
   * Only the first `n` requests to each method and path drift, so a client's retry can
   * succeed (e.g. `throttled` once). @default every request
   */
  driftTimes?: number;
  /** Items per page of a collection when the client asks no smaller page. @default 100 */
  pageSize?: number;
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

/** Value used for every path parameter of the seeded data, e.g. `/users/{id}` → `/users/<SEED_ID>`. */
export const SEED_ID = '86904b1e-c7d0-4ead-b13a-98f11fc400ee';

/**
 * Id of the signed-in user `/me` stands for (`/me/messages` is `/users/<ME_ID>/messages`). Not
 * {@link SEED_ID}: what a request to `/users/{id}` does to the seeded user leaves `/me` alone.
 */
export const ME_ID = '5b8e1c43-0d2a-4f6e-9c71-3a4d2e8f6b10';

/** Input of the mock: the contracts and schemas it serves. */
export type MockInput = ContractSet;
