export { createTokenSource } from './createTokenSource.js';
export { refreshingTokenSource, REFRESH_MARGIN_MS } from './refreshing.js';
export type { AccessToken, Prompt, TokenSource } from './types.js';
