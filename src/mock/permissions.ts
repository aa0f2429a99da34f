import type { Contract } from '../contracts/types.js';
import { PERMISSION_TYPE_LABEL, type PermissionType } from '../model/index.js';

/** Tenant id of personal Microsoft accounts (the "consumers" tenant) in a token's `tid` claim. */
const CONSUMERS_TENANT = '9188040d-6c67-4c5b-b112-36a304b66dad';

/**
 * The permission type of a bearer token, read from its claims the way Graph tells them apart:
 * app-only tokens carry `roles` and no `scp` (Entra adds `idtyp: "app"`), delegated ones carry
 * `scp`, and a personal account signs in through the consumers tenant. Undefined for a token
 * that is not a JWT with claims (the mock's own default token): nothing to check against.
 * The signature is not checked here; `acceptToken` decides whether the token is valid.
 */
export function tokenPermissionType(bearer: string): PermissionType | undefined {
  const [, payload] = bearer.split('.');
  if (!payload) return undefined;
  let claims: { roles?: unknown; scp?: unknown; idtyp?: unknown; tid?: unknown };
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as typeof claims;
  } catch {
    return undefined;
  }
  if (typeof claims !== 'object' || claims === null) return undefined;
  if (claims.idtyp === 'app' || (claims.roles !== undefined && claims.scp === undefined)) return 'application';
  if (claims.scp === undefined) return undefined;
  return claims.tid === CONSUMERS_TENANT ? 'delegatedPersonal' : 'delegatedWork';
}

/**
 * Why Graph refuses this token for this request, or undefined: the contract's page says the
 * token's permission type is "Not supported." for it (Graph answers 403 Authorization_RequestDenied).
 */
export function permissionDenied(contract: Contract, bearer: string): string | undefined {
  const type = tokenPermissionType(bearer);
  if (!type || contract.permissions[type] !== null) return undefined;
  return `Insufficient privileges to complete the operation: ${PERMISSION_TYPE_LABEL[type]} permissions are not supported for ${contract.request.method} ${contract.operation.pathTemplate} (${contract.page}).`;
}
