import { locate, schemaAt, viewOf } from '../schemas/view/schemaView.js';
import type { CheckContext, Contract } from './types.js';

/**
 * Pages documenting the same request with a body of the same kind (entity or collection) and a
 * documented type: an answer fits this request when it fits what any of them documents.
 */
export function bodyPeers(ctx: Pick<CheckContext, 'contract' | 'peers'>): Contract[] {
  const kind = ctx.contract.response.body;
  return ctx.peers.filter((p) => p.response.body === kind && p.response.schema !== undefined);
}

/** ` (also documented by a.md, b.md)`: names the other pages of a request in a message; empty when none. */
export function pagesNote(ctx: Pick<CheckContext, 'contract' | 'peers'>): string {
  const pages = [...new Set(ctx.peers.map((p) => p.page))].filter((p) => p !== ctx.contract.page);
  if (pages.length === 0) return '';
  const shown = pages.slice(0, 4).join(', ');
  return ` (this request is also documented by ${shown}${pages.length > 4 ? ` and ${pages.length - 4} more` : ''})`;
}

/**
 * Another page of the request whose documented type lists `value` among the members of the enum
 * at `pointer` (relative to one entity of the answer, `/*` or an index for array items); undefined
 * when none does. Pages listing different members for one property is a doc disagreement: a
 * member of any list passes, with a note naming the page.
 */
export function peerListingMember(ctx: Pick<CheckContext, 'contract' | 'peers' | 'schemas'>, pointer: string, value: unknown): Contract | undefined {
  if (typeof value !== 'string') return undefined;
  return bodyPeers(ctx).find((peer) => {
    const root = locate(ctx.schemas, peer.response.schema);
    const at = root ? schemaAt(ctx.schemas, root, pointer) : undefined;
    return at !== undefined && (viewOf(ctx.schemas, at).enum ?? []).includes(value);
  });
}
