import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'dotenv';
import { ConfigError } from '../errors.js';

/** Settings as read from the environment and the env file; names as in Azure Identity. */
export type Env = Record<string, string | undefined>;

/**
 * Reads the dotenv file and overlays the process environment on it (a variable set in the
 * environment wins, as with dotenv's default, so CI secrets override a checked-in file).
 * `.env` is optional; a file named with `--env-file` must exist.
 */
export function loadEnv(envFile: string | undefined, environment: Env = process.env, cwd = process.cwd()): Env {
  const path = resolve(cwd, envFile ?? '.env');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    if (envFile === undefined && (err as NodeJS.ErrnoException).code === 'ENOENT') return { ...environment };
    throw new ConfigError('--env-file', `--env-file: cannot read ${path} (${(err as NodeJS.ErrnoException).code ?? 'error'})`, { cause: err });
  }
  return { ...parse(text), ...definedOnly(environment) };
}

function definedOnly(env: Env): Env {
  return Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
}
