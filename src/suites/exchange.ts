import { randomUUID } from 'node:crypto';
import type { Contract } from '../contracts/types.js';
import { RunnerError } from '../errors.js';
import type { HttpRequest, HttpResponse, Transport } from '../transport/types.js';
import type { ParamResolver } from './params.js';
import { requestFor } from './requestFor.js';
import { withIssuedToken } from './stateToken.js';

/** One request sent for a contract and the response it got. */
export interface Exchange {
  request: HttpRequest;
  response: HttpResponse;
  /** Sent with `Prefer: include-unknown-enum-members`. */
  prefer: boolean;
}

/** What happened when a contract's request was sent: exchanges to check, a skip, or a tool error. */
export type ExchangeOutcome = { kind: 'done'; exchanges: Exchange[] } | { kind: 'skip'; reason: string } | { kind: 'error'; error: unknown };

const PREFER_UNKNOWN = 'include-unknown-enum-members';

/**
 * Whether to send the request a second time with `Prefer: include-unknown-enum-members`: when a
 * documented enum is evolvable and repeating the request changes nothing (not POST or DELETE).
 */
export function wantsPreferVariant(contract: Contract): boolean {
  const method = contract.request.method;
  return method !== 'POST' && method !== 'DELETE' && contract.response.enumFields.some((f) => f.evolvableFrom !== undefined);
}

/** Resolves path parameters and sends the contract's request (and its Prefer variant). */
export async function performExchange(contract: Contract, resolver: ParamResolver, transport: Transport, headers: Record<string, string>): Promise<ExchangeOutcome> {
  try {
    const resolution = await resolver.resolve(contract);
    if ('reason' in resolution) return { kind: 'skip', reason: resolution.reason };
    const variants = wantsPreferVariant(contract) ? [false, true] : [false];
    const exchanges: Exchange[] = [];
    for (const prefer of variants) {
      const extra: Record<string, string> = { ...headers, 'client-request-id': randomUUID() };
      if (prefer) extra.Prefer = PREFER_UNKNOWN;
      const request = await withIssuedToken(contract, requestFor(contract, resolution.values, extra), transport);
      if ('reason' in request) return { kind: 'skip', reason: request.reason };
      exchanges.push({ request, response: await transport.send(request), prefer });
    }
    return { kind: 'done', exchanges };
  } catch (error) {
    // A live write with no resource of the run to go to (its create failed): not sent, and not a tool failure.
    if (error instanceof RunnerError && error.code === 'WRITE_REFUSED') return { kind: 'skip', reason: error.message };
    return { kind: 'error', error };
  }
}
