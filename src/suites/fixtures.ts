import { readFileSync } from 'node:fs';
import { ConfigError } from '../errors.js';

/**
 * Path parameter values for one environment (`fixtures/<target>.json`). `paths` entries win over
 * `params`: `{ "params": { "id": "…" }, "paths": { "/users/{id}/photo": { "id": "…" } } }`.
 */
export interface Fixtures {
  params?: Record<string, string>;
  /** Keyed by path template (as in the contract's `operation.pathTemplate` or `request.path`). */
  paths?: Record<string, Record<string, string>>;
  /** Value of every parameter listed nowhere else (the mock seeds each path parameter with one id). */
  default?: string;
}

/** Reads a fixtures file; a missing or malformed file is a configuration error naming it. */
export function readFixtures(file: string | undefined, fallback: Fixtures = {}): Fixtures {
  if (!file) return fallback;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (cause) {
    throw new ConfigError('--fixtures', `fixtures file ${file}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new ConfigError('--fixtures', `fixtures file ${file}: expected an object with "params" and/or "paths"`);
  }
  return parsed as Fixtures;
}

/** Environment variable holding a path parameter: `GRAPH_CONTRACTS_PARAM_` + the name upper-cased. */
export function paramEnvName(param: string): string {
  return `GRAPH_CONTRACTS_PARAM_${param.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}`;
}
