import { InteractionRequiredAuthError, PublicClientApplication, type AccountInfo, type DeviceCodeRequest } from '@azure/msal-node';
import type { LiveConfig } from '../config/types.js';
import { TenantAuthError } from '../errors.js';
import { toAuthError } from './authError.js';
import { msalConfiguration } from './authority.js';
import { fileCachePlugin } from './cachePlugin.js';
import { checked } from './clientCredentials.js';
import type { AccessToken, Prompt, TokenSource } from './types.js';

/**
 * Delegated tokens for manual runs: silent from the persistent cache (refresh token) when an
 * account is there, else a device code prompt. The cache file makes the next run silent.
 * Without `prompt` (worker processes, CI) a missing sign-in is an error instead of a prompt.
 */
export function deviceCodeSource(config: LiveConfig, clientId: string, prompt: Prompt | undefined): TokenSource {
  const base = msalConfiguration(config, clientId);
  const network = base.system.networkClient;
  const app = new PublicClientApplication({
    ...base,
    cache: { cachePlugin: fileCachePlugin(config.tokenCachePath) },
  });
  const what = `device code sign-in to tenant ${config.tenantId}`;
  return {
    kind: config.authKind,
    flow: 'device-code',
    async getToken(options = {}): Promise<AccessToken> {
      try {
        const account = await cachedAccount(app, config.tenantId);
        if (account) {
          try {
            const silent = await app.acquireTokenSilent({ account, scopes: config.scopes, forceRefresh: options.forceRefresh === true });
            return checked(silent.accessToken, silent.expiresOn ?? undefined, config.tenantId);
          } catch (err) {
            // An expired or revoked refresh token means "sign in again", anything else is an error.
            if (!(err instanceof InteractionRequiredAuthError)) throw err;
          }
        }
        if (!prompt) {
          throw new TenantAuthError(`no signed-in account in ${config.tokenCachePath} for tenant ${config.tenantId}: run \`graph-contracts login\` first`);
        }
        const request: DeviceCodeRequest = { scopes: config.scopes, deviceCodeCallback: (r) => prompt(r.message) };
        // msal polls until the code expires (15 min) unless the request it was given says cancel.
        const cancel = () => (request.cancel = true);
        options.signal?.addEventListener('abort', cancel, { once: true });
        try {
          const result = await app.acquireTokenByDeviceCode(request);
          return checked(result?.accessToken, result?.expiresOn ?? undefined, config.tenantId);
        } finally {
          options.signal?.removeEventListener('abort', cancel);
        }
      } catch (err) {
        throw toAuthError(err, what, network.takeFailure());
      }
    },
  };
}

async function cachedAccount(app: PublicClientApplication, tenantId: string): Promise<AccountInfo | undefined> {
  const accounts = await app.getTokenCache().getAllAccounts();
  return accounts.find((a) => a.tenantId === tenantId) ?? accounts[0];
}
