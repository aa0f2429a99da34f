import type { LiveConfig } from '../config/types.js';
import { ConfigError } from '../errors.js';
import { clientCredentialsSource } from './clientCredentials.js';
import { deviceCodeSource } from './deviceCode.js';
import { refreshingTokenSource } from './refreshing.js';
import { staticTokenSource } from './staticToken.js';
import type { Prompt, TokenSource } from './types.js';

/**
 * The token source for the configured credentials, with in-memory caching and early refresh.
 * `prompt` receives the device code message; without it device code sign-in never prompts.
 */
export function createTokenSource(config: LiveConfig, prompt?: Prompt): TokenSource {
  const c = config.credentials;
  switch (c.flow) {
    case 'token':
      return staticTokenSource(c.accessToken, config.authKind);
    case 'client-secret':
    case 'client-certificate':
      return refreshingTokenSource(clientCredentialsSource(config, c));
    case 'device-code':
      return refreshingTokenSource(deviceCodeSource(config, c.clientId, prompt));
    case 'module':
      throw new ConfigError('GRAPH_CONTRACTS_AUTH_MODULE', `GRAPH_CONTRACTS_AUTH_MODULE: ${c.module} signs requests itself and gives no token`);
  }
}
