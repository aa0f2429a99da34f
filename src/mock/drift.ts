import type { Draft, DriftContext, DriftDefinition } from './drifts/support.js';
import { FIELD_DRIFTS } from './drifts/fields.js';
import { SHAPE_DRIFTS } from './drifts/shape.js';
import { TYPE_DRIFTS } from './drifts/types.js';
import { VALUE_DRIFTS } from './drifts/values.js';

export type { Draft, DriftContext, DriftDefinition } from './drifts/support.js';

function throttle(ctx: DriftContext, retryAfter: string): Draft {
  const draft = ctx.problem('throttled', `Too many requests. Retry after ${retryAfter} seconds.`);
  return { ...draft, headers: { ...draft.headers, 'retry-after': retryAfter } };
}

/** Faults a client must survive; not contract breaks. */
const TRANSPORT_DRIFTS = {
  throttled: {
    id: 'throttled',
    title: '429 with an integer Retry-After',
    kind: 'transport',
    early: true,
    apply: (_, ctx) => throttle(ctx, '1'),
  },
  'throttled-fractional': {
    id: 'throttled-fractional',
    title: '429 with a fractional Retry-After',
    kind: 'transport',
    early: true,
    apply: (_, ctx) => throttle(ctx, '0.5'),
  },
  'service-unavailable': {
    id: 'service-unavailable',
    title: '503 Service Unavailable',
    kind: 'transport',
    early: true,
    apply: (_, ctx) => ctx.problem('unavailable', 'The service is temporarily unavailable. Try again later.'),
  },
  'slow-response': {
    id: 'slow-response',
    title: 'the response is delayed (bounded)',
    kind: 'transport',
    apply: (draft, ctx) => ({ ...draft, fault: { kind: 'delay', ms: ctx.slowMs } }),
  },
  'connection-reset': {
    id: 'connection-reset',
    title: 'the connection is reset before any response',
    kind: 'transport',
    early: true,
    apply: (draft) => ({ ...draft, fault: { kind: 'reset' } }),
  },
} satisfies Record<string, DriftDefinition>;

/**
 * Every drift mode, by id. Contract modes each break the answer in a way every page documenting
 * the request forbids (a mode that cannot, on an answer, leaves it alone: not applicable), at
 * any depth, in any item of a collection, in derived-type members, and for any 2xx status.
 */
export const DRIFTS = { ...FIELD_DRIFTS, ...VALUE_DRIFTS, ...TYPE_DRIFTS, ...SHAPE_DRIFTS, ...TRANSPORT_DRIFTS };

/** Name of a drift mode. */
export type DriftMode = keyof typeof DRIFTS;

/** All drift mode names, in a stable order. */
export const DRIFT_MODES = Object.keys(DRIFTS) as DriftMode[];

/** Contract-breaking modes: those the contract checks must catch (the mutation run's mutants). */
export const CONTRACT_DRIFTS = DRIFT_MODES.filter((m) => DRIFTS[m].kind === 'contract');

/** True when `name` is a drift mode. */
export function isDriftMode(name: string): name is DriftMode {
  return Object.hasOwn(DRIFTS, name);
}
