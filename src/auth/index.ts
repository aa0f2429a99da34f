export { createTokenSource } from './createTokenSource.js';
export { refreshingTokenSource, REFRESH_MARGIN_MS } from './refreshing.js';
export { bearerAuth, createAuthSource, moduleAuth } from './authSource.js';
export type { AccessToken, AuthSource, Prompt, TokenSource } from './types.js';
