import type { Configuration } from '@azure/msal-node';
import type { LiveConfig } from '../config/types.js';
import { timedNetworkClient, type TimedNetworkClient } from './networkClient.js';

/**
 * The msal configuration shared by every flow. The authority host is always a known authority:
 * msal then reads the tenant's OpenID configuration directly instead of asking the public cloud's
 * instance discovery, which is what national clouds, staging hosts and closed networks need.
 */
export function msalConfiguration(config: LiveConfig, clientId: string): Configuration & { system: { networkClient: TimedNetworkClient } } {
  return {
    auth: {
      clientId,
      authority: `${config.authorityHost}/${config.tenantId}`,
      knownAuthorities: [new URL(config.authorityHost).host],
    },
    system: { networkClient: timedNetworkClient(config.timeoutMs) },
  };
}
