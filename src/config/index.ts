export { loadEnv, type Env } from './envFile.js';
export { parseLiveConfig } from './parse.js';
export { loadLiveConfig } from './load.js';
export { authKindOfToken } from './authKind.js';
export type { AuthKind, Credentials, LiveConfig } from './types.js';
