import { readFileSync } from 'node:fs';
import { ConfigError } from '../errors.js';
import type { DisposableFixtures } from '../live/targets.js';
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
  /**
   * Live runs: existing resources the run may change or delete, in the shape of `params` and
   * `paths` (`{"disposable": {"paths": {"/devices/{id}/wipe": {"id": "…"}}}}`). Writes other than
   * creates go only to these and to what the run itself creates; the values above are for reads.
   */
  disposable?: DisposableFixtures;
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
  if (problem) throw new ConfigError('--fixtures', `fixtures file ${file}: ${problem}; expected {"params": {name: value}, "paths": {template: {name: value}}, "default": value, "disposable": {"params": ..., "paths": ...}}`);
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
  const valuesProblem = (of: Record<string, unknown>, prefix: string): string | undefined => {
    if (of.params !== undefined) {
      const problem = strings(of.params, `${prefix}params`);
      if (problem) return problem;
    }
    if (of.paths !== undefined) {
      if (!isObject(of.paths)) return `"${prefix}paths" is not an object`;
      for (const [template, values] of Object.entries(of.paths)) {
        const problem = strings(values, `${prefix}paths.${template}`);
        if (problem) return problem;
      }
    }
    return undefined;
  };
  const problem = valuesProblem(parsed, '');
  if (problem) return problem;
  if (parsed.default !== undefined && typeof parsed.default !== 'string') return `"default" is ${JSON.stringify(parsed.default)}, not a string`;
  if (parsed.disposable !== undefined) {
    if (!isObject(parsed.disposable)) return '"disposable" is not an object';
    const unknown = Object.keys(parsed.disposable).find((k) => k !== 'params' && k !== 'paths');
    if (unknown) return `"disposable.${unknown}" is not a known key (params, paths)`;
    return valuesProblem(parsed.disposable, 'disposable.');
  }
  return undefined;
}

/** Environment variable holding a path parameter: `GRAPH_CONTRACTS_PARAM_` + the name upper-cased. */
export function paramEnvName(param: string): string {
  return `GRAPH_CONTRACTS_PARAM_${param.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}`;
}
