import { CheckCrashedError } from '../errors.js';
import { isObject } from '../util/json.js';
import type { Check, CheckContext, Contract, Violation } from './types.js';

/**
 * Runs one check: `undefined` when it does not apply to this contract/response, else its
 * violations. A check that throws has a bug; the error names it and keeps the original as `cause`.
 * A check that reads the body (`judgesBody`) judges an answer shaped as another page of the
 * request documents it (a collection where this page documents one entity, or the reverse) as
 * that page documents it, with a note naming it: pages disagree, the request decides the shape.
 */
export function runCheck(check: Check, ctx: CheckContext): Violation[] | undefined {
  try {
    if (check.appliesToContract && !check.appliesToContract(ctx.contract)) return undefined;
    const peer = check.judgesBody ? shapePeer(ctx) : undefined;
    if (!peer) {
      if (check.appliesTo && !check.appliesTo(ctx.contract, ctx)) return undefined;
      return check.run(ctx);
    }
    const judged: CheckContext = { ...ctx, contract: peer, peers: [ctx.contract, ...ctx.peers.filter((p) => p !== peer)] };
    const note: Violation = {
      check: check.id,
      severity: 'info',
      message: `the answer is ${peer.response.body === 'collection' ? 'a collection' : 'one entity'}, as ${peer.page} documents this request (this page documents ${ctx.contract.response.body === 'collection' ? 'a collection' : 'one entity'}); judged as that page documents it`,
      fitsPeer: peer.page,
      source: ctx.contract.source.response ?? ctx.contract.source.request,
    };
    if ((check.appliesToContract && !check.appliesToContract(peer)) || (check.appliesTo && !check.appliesTo(peer, judged))) return [note];
    return [note, ...check.run(judged)];
  } catch (cause) {
    throw new CheckCrashedError(check.id, { cause });
  }
}

/**
 * Another page of the request whose body kind is the shape the answer has, when this page's is
 * not: `{"value": [...]}` for a page documenting one entity, or an object without a `value`
 * array for a page documenting a collection.
 */
function shapePeer(ctx: CheckContext): Contract | undefined {
  const { body } = ctx.contract.response;
  const json = ctx.response.json;
  if ((body !== 'entity' && body !== 'collection') || !isObject(json) || ctx.peers.length === 0) return undefined;
  const listed = Array.isArray(json.value) && Object.keys(json).every((k) => k === 'value' || k.startsWith('@'));
  const shape = listed ? 'collection' : 'entity';
  if (shape === body || (shape === 'entity' && Array.isArray(json.value))) return undefined;
  const same = (p: Contract) => p.response.body === shape;
  return ctx.peers.find((p) => same(p) && p.response.type === ctx.contract.response.type) ?? ctx.peers.find(same);
}
