import { loadEnv } from './envFile.js';
import { parseLiveConfig } from './parse.js';
import type { LiveConfig } from './types.js';

/** Reads `.env` (or `envFile`) plus the environment and validates it: the edge of the config stage. */
export function loadLiveConfig(envFile?: string, cwd?: string): LiveConfig {
  return parseLiveConfig(loadEnv(envFile, process.env, cwd), cwd);
}
