import type { Draft } from './drift.js';
import { problem, type ProblemName } from './problems.js';
import type { MockState } from './state.js';
import type { MockRequest } from './types.js';

/** One authenticated request under a version, with what every step needs. */
export interface Exchange {
  req: MockRequest;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  method: string;
  version: string;
  /** Path after the version, e.g. `/users/1`. */
  path: string;
  /** Query string without `?`. */
  search: string;
  bearer: string;
  origin: string;
  ids: { requestId: string; clientRequestId: string; date: Date };
  state: MockState;
}

/** A Graph error as a draft response. */
export function failure(x: Exchange, name: ProblemName, message: string, headers: Record<string, string> = {}, code?: string): Draft {
  const p = problem(name, message, x.ids);
  if (code) p.body.error.code = code;
  return { status: p.status, headers, body: p.body };
}
