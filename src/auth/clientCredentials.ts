import { ConfidentialClientApplication } from '@azure/msal-node';
import type { LiveConfig } from '../config/types.js';
import { TenantAuthError } from '../errors.js';
import { registerSecret } from '../redact/index.js';
import { toAuthError } from './authError.js';
import { msalConfiguration } from './authority.js';
import { readClientCertificate } from './certificate.js';
import type { AccessToken, TokenSource } from './types.js';

type AppCredentials = Extract<LiveConfig['credentials'], { flow: 'client-secret' | 'client-certificate' }>;

/** App-only tokens (client credentials grant) with a client secret or a certificate. */
export function clientCredentialsSource(config: LiveConfig, credentials: AppCredentials): TokenSource {
  const base = msalConfiguration(config, credentials.clientId);
  const network = base.system.networkClient;
  const app = new ConfidentialClientApplication({
    ...base,
    auth: {
      ...base.auth,
      ...(credentials.flow === 'client-secret'
        ? { clientSecret: credentials.clientSecret }
        : { clientCertificate: readClientCertificate(credentials.certificatePath) }),
    },
  });
  return {
    kind: 'application',
    flow: credentials.flow,
    async getToken(options = {}): Promise<AccessToken> {
      let result;
      try {
        // msal answers from its cache until shortly before expiry; skipCache is the forced refresh.
        result = await app.acquireTokenByClientCredential({ scopes: config.scopes, skipCache: options.forceRefresh === true });
      } catch (err) {
        throw toAuthError(err, `client credentials sign-in to tenant ${config.tenantId}`, network.takeFailure());
      }
      return checked(result?.accessToken, result?.expiresOn ?? undefined, config.tenantId);
    },
  };
}

/** msal resolves an empty answer (`{}`) with an empty token; that must not reach Graph as "Bearer ". */
export function checked(token: string | undefined, expiresOn: Date | undefined, tenantId: string): AccessToken {
  if (!token) throw new TenantAuthError(`identity platform for tenant ${tenantId} returned no access token`);
  registerSecret(token);
  return { token, expiresOn };
}
