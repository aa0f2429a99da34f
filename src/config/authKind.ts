import { ConfigError } from '../errors.js';
import type { AuthKind } from './types.js';

const KINDS: AuthKind[] = ['application', 'delegatedWork', 'delegatedPersonal'];
/** Tenant id of personal Microsoft accounts; delegated tokens issued there are "personal". */
const MSA_TENANT = '9188040d-6c67-4c5b-b112-36a304b66dad';

/** Validates `GRAPH_AUTH_KIND`. */
export function parseAuthKind(value: string, name: string): AuthKind {
  if ((KINDS as string[]).includes(value)) return value as AuthKind;
  throw new ConfigError(name, `${name} must be one of ${KINDS.join(', ')}, got "${value}"`);
}

/**
 * The auth kind of a token in hand, from its claims: delegated tokens carry `scp`, app-only ones
 * only `roles`. Undefined when the token is not a readable JWT (e.g. an MSA opaque token).
 */
export function authKindOfToken(token: string): AuthKind | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    if (typeof claims.scp === 'string') return claims.tid === MSA_TENANT ? 'delegatedPersonal' : 'delegatedWork';
    if (Array.isArray(claims.roles) || claims.idtyp === 'app') return 'application';
  } catch {
    // Not JSON: fall through to "unknown".
  }
  return undefined;
}
