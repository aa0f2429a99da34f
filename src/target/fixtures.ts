import { readFileSync } from 'node:fs';
import { ConfigError } from '../errors.js';
import { isObject } from '../util/json.js';

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

/**
 * Reads a fixtures file; a missing, malformed or mistyped file is a configuration error naming
 * the file and the line (bad JSON) or the key (a value of the wrong type).
 */
export function readFixtures(file: string | undefined, fallback: Fixtures = {}): Fixtures {
  if (!file) return fallback;
  let text: string;
  let parsed: unknown;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    throw new ConfigError('--fixtures', `fixtures file ${file}: cannot read (${(cause as NodeJS.ErrnoException).code ?? String(cause)})`, { cause });
  }
  try {
    parsed = JSON.parse(text);
  } catch (cause) {
    const at = /position (\d+)/.exec(String(cause));
    const line = at ? `:${text.slice(0, Number(at[1])).split('\n').length}` : '';
    throw new ConfigError('--fixtures', `fixtures file ${file}${line}: not valid JSON (${cause instanceof Error ? cause.message : String(cause)})`, { cause });
  }
  const problem = fixturesProblem(parsed);
  if (problem) throw new ConfigError('--fixtures', `fixtures file ${file}: ${problem}; expected {"params": {name: value}, "paths": {template: {name: value}}, "default": value}`);
  return parsed as Fixtures;
}

/** What is wrong with a parsed fixtures file, naming the key; undefined when it is well formed. */
function fixturesProblem(parsed: unknown): string | undefined {
  if (!isObject(parsed)) return 'the file is not a JSON object';
  const strings = (value: unknown, at: string): string | undefined => {
    if (!isObject(value)) return `"${at}" is not an object`;
    const bad = Object.entries(value).find(([, v]) => typeof v !== 'string');
    return bad ? `"${at}.${bad[0]}" is ${JSON.stringify(bad[1])}, not a string` : undefined;
  };
  if (parsed.params !== undefined) {
    const problem = strings(parsed.params, 'params');
    if (problem) return problem;
  }
  if (parsed.paths !== undefined) {
    if (!isObject(parsed.paths)) return '"paths" is not an object';
    for (const [template, values] of Object.entries(parsed.paths)) {
      const problem = strings(values, `paths.${template}`);
      if (problem) return problem;
    }
  }
  if (parsed.default !== undefined && typeof parsed.default !== 'string') return `"default" is ${JSON.stringify(parsed.default)}, not a string`;
  return undefined;
}

/** Environment variable holding a path parameter: `GRAPH_CONTRACTS_PARAM_` + the name upper-cased. */
export function paramEnvName(param: string): string {
  return `GRAPH_CONTRACTS_PARAM_${param.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}`;
}
