import { X509Certificate, constants, randomBytes, randomUUID, verify } from 'node:crypto';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * A local stand-in for the Microsoft identity platform, over HTTPS, speaking the protocol msal-node
 * uses: OpenID configuration, instance discovery, the v2.0 token endpoint (client credentials with
 * a secret or a certificate's signed client assertion, device code, refresh token) and the device
 * code endpoint. It verifies credentials for real, so msal's code path is exercised, not mocked.
 */
export interface FakeIdpOptions {
  cert: string;
  key: string;
  tenantId: string;
  clientId: string;
  clientSecret: string;
  /** PEM of the client certificate whose key must sign client assertions. */
  clientCert: string;
  /** Lifetime of issued access tokens. @default 3600 */
  expiresIn?: number;
  /** Device code polls answered `authorization_pending` before the user "signs in". @default 1 */
  pendingPolls?: number;
}

/** A running fake identity platform. */
export interface FakeIdp {
  url: string;
  /** Authority host to configure (AZURE_AUTHORITY_HOST). */
  host: string;
  /** Every access and refresh token issued, for bearer checks and leak greps. */
  issued: { access: string[]; refresh: string[] };
  /** Requests seen, `METHOD path grant_type?`. */
  log: string[];
  /** Reasons credentials were rejected. */
  rejections: string[];
  close(): Promise<void>;
}

const b64url = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
/** An unsigned JWT: msal reads claims from id tokens without verifying them; Graph never sees these. */
const jwt = (claims: Record<string, unknown>) => `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url(claims)}.`;

/** Starts the fake on 127.0.0.1 with an ephemeral port. */
export async function startFakeIdp(options: FakeIdpOptions): Promise<FakeIdp> {
  const issued = { access: [] as string[], refresh: [] as string[] };
  const log: string[] = [];
  const rejections: string[] = [];
  const deviceCodes = new Map<string, number>();
  const clientKey = new X509Certificate(options.clientCert).publicKey;
  let origin = '';
  const server: Server = createServer({ cert: options.cert, key: options.key }, (req, res) => {
    void handle(req, res).catch((err: unknown) => send(res, 500, { error: 'server_error', error_description: String(err) }));
  });

  const tokenEndpoint = () => `${origin}/${options.tenantId}/oauth2/v2.0/token`;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', origin);
    const form = new URLSearchParams(req.method === 'POST' ? await body(req) : '');
    log.push(`${req.method} ${url.pathname}${form.get('grant_type') ? ` ${form.get('grant_type')}` : ''}`);
    const [, tenant, ...rest] = url.pathname.split('/');
    const path = rest.join('/');
    if (req.method === 'GET' && path === 'v2.0/.well-known/openid-configuration') return send(res, 200, openIdConfiguration(tenant!));
    if (req.method === 'GET' && tenant === 'common' && path === 'discovery/instance') return send(res, 200, instanceDiscovery());
    if (tenant !== options.tenantId) return send(res, 400, { error: 'invalid_tenant', error_description: `AADSTS90002: Tenant '${tenant}' not found.` });
    if (req.method === 'POST' && path === 'oauth2/v2.0/devicecode') return deviceCode(res, form);
    if (req.method === 'POST' && path === 'oauth2/v2.0/token') return token(res, form);
    send(res, 404, { error: 'not_found' });
  }

  function openIdConfiguration(tenant: string) {
    const base = `${origin}/${tenant}`;
    return {
      issuer: `${origin}/${tenant}/v2.0`,
      token_endpoint: `${base}/oauth2/v2.0/token`,
      authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
      device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
      end_session_endpoint: `${base}/oauth2/v2.0/logout`,
      jwks_uri: `${base}/discovery/v2.0/keys`,
      response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
    };
  }

  function instanceDiscovery() {
    const host = new URL(origin).host;
    return { tenant_discovery_endpoint: `${origin}/${options.tenantId}/v2.0/.well-known/openid-configuration`, 'api-version': '1.1', metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }] };
  }

  function deviceCode(res: ServerResponse, form: URLSearchParams) {
    if (form.get('client_id') !== options.clientId) return reject(res, 'unknown client_id', 'unauthorized_client');
    const code = randomUUID();
    deviceCodes.set(code, options.pendingPolls ?? 1);
    send(res, 200, {
      device_code: code, user_code: 'ABCD-EFGH', verification_uri: `${origin}/devicelogin`, expires_in: 900, interval: 1,
      message: `To sign in, open ${origin}/devicelogin and enter the code ABCD-EFGH to authenticate.`,
    });
  }

  function token(res: ServerResponse, form: URLSearchParams) {
    if (form.get('client_id') !== options.clientId) return reject(res, 'unknown client_id', 'unauthorized_client');
    switch (form.get('grant_type')) {
      case 'client_credentials': {
        const problem = checkClientCredentials(form);
        if (problem) return reject(res, problem, 'invalid_client');
        return send(res, 200, appToken());
      }
      case 'device_code': {
        const left = deviceCodes.get(form.get('device_code') ?? '');
        if (left === undefined) return reject(res, 'unknown device_code', 'invalid_grant');
        if (left > 0) {
          deviceCodes.set(form.get('device_code')!, left - 1);
          return send(res, 400, { error: 'authorization_pending', error_description: 'AADSTS70016: pending' });
        }
        deviceCodes.delete(form.get('device_code')!);
        return send(res, 200, delegatedToken(form.get('scope') ?? ''));
      }
      case 'refresh_token':
        if (!issued.refresh.includes(form.get('refresh_token') ?? '')) return reject(res, 'unknown refresh_token', 'invalid_grant');
        return send(res, 200, delegatedToken(form.get('scope') ?? ''));
      default:
        return reject(res, `unsupported grant ${form.get('grant_type')}`, 'unsupported_grant_type');
    }
  }

  /** Undefined when the secret or the signed assertion is right, else why not. */
  function checkClientCredentials(form: URLSearchParams): string | undefined {
    const assertion = form.get('client_assertion');
    if (!assertion) return form.get('client_secret') === options.clientSecret ? undefined : 'AADSTS7000215: Invalid client secret provided.';
    if (form.get('client_assertion_type') !== 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer') return 'bad client_assertion_type';
    const [h, p, s] = assertion.split('.');
    const header = JSON.parse(Buffer.from(h!, 'base64url').toString()) as { alg: string };
    const claims = JSON.parse(Buffer.from(p!, 'base64url').toString()) as { aud: string; iss: string; sub: string; exp: number };
    const key = header.alg === 'PS256'
      ? { key: clientKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_DIGEST }
      : { key: clientKey, padding: constants.RSA_PKCS1_PADDING };
    if (!['PS256', 'RS256'].includes(header.alg)) return `unexpected alg ${header.alg}`;
    if (!verify('sha256', Buffer.from(`${h}.${p}`), key, Buffer.from(s!, 'base64url'))) return 'AADSTS700027: client assertion signature invalid';
    if (claims.aud !== tokenEndpoint()) return `assertion aud ${claims.aud} is not the token endpoint`;
    if (claims.iss !== options.clientId || claims.sub !== options.clientId) return 'assertion iss/sub is not the client id';
    if (claims.exp * 1000 < Date.now()) return 'assertion expired';
    return undefined;
  }

  function accessToken(claims: Record<string, unknown>) {
    // A signature part, as real tokens have: redaction must also catch it on its own.
    const t = jwt({ aud: 'https://graph.microsoft.com', tid: options.tenantId, appid: options.clientId, jti: randomUUID(), ...claims }) + randomBytes(32).toString('base64url');
    issued.access.push(t);
    return t;
  }

  function appToken() {
    const expiresIn = options.expiresIn ?? 3600;
    return { token_type: 'Bearer', expires_in: expiresIn, ext_expires_in: expiresIn, access_token: accessToken({ roles: ['EduAdministration.ReadWrite.All'], idtyp: 'app' }) };
  }

  function delegatedToken(scope: string) {
    const expiresIn = options.expiresIn ?? 3600;
    const refresh = `refresh-${randomUUID()}`;
    issued.refresh.push(refresh);
    const uid = '00000000-0000-0000-0000-0000000000aa';
    return {
      token_type: 'Bearer', scope, expires_in: expiresIn, ext_expires_in: expiresIn, refresh_token: refresh,
      access_token: accessToken({ scp: 'EduAdministration.ReadWrite', oid: uid }),
      client_info: b64url({ uid, utid: options.tenantId }),
      id_token: jwt({
        aud: options.clientId, iss: `${origin}/${options.tenantId}/v2.0`, tid: options.tenantId, oid: uid, sub: uid,
        preferred_username: 'admin@contoso.test', name: 'Test Admin', iat: Math.floor(Date.now() / 1000), exp: Math.floor(Date.now() / 1000) + expiresIn,
      }),
    };
  }

  function reject(res: ServerResponse, reason: string, error: string) {
    rejections.push(reason);
    send(res, 401, { error, error_description: reason, error_codes: [7000215], trace_id: randomUUID(), correlation_id: randomUUID() });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: origin, host: origin, issued, log, rejections,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(JSON.stringify(body));
}

function body(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8').on('data', (c: string) => (data += c)).on('end', () => resolve(data)).on('error', reject);
  });
}
