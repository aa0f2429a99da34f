import type { Contract } from '../contracts/types.js';
import type { SchemaSet } from '../schemas/types.js';
import { describedSlots, type DescribedSlot } from '../schemas/view/leaves.js';
import { setAt, slots } from '../util/jsonPointer.js';
import type { ProblemName } from './problems.js';
import { locate, viewOf } from '../schemas/view/schemaView.js';

/** A response on its way out, before serialization; drift modes rewrite it. */
export interface Draft {
  status: number;
  headers: Record<string, string>;
  /** Parsed body; `undefined` for none. */
  body?: unknown;
  /** Raw text that replaces the serialized body (e.g. an empty body with a JSON content type). */
  raw?: string;
  /** A binary body (file content, `$value` media). */
  bytes?: Buffer;
  fault?: { kind: 'reset' } | { kind: 'delay'; ms: number };
  /** What answered and which drift applied; kept in process, never sent. */
  trace?: { contract?: string; drift?: string };
}

/** What a drift mode may read besides the response. */
export interface DriftContext {
  contract: Contract;
  /**
   * Every page documenting this request (the answering contract among them): a break should be
   * one each of them documents, since the client may be checking any of them. @default [contract]
   */
  peers?: readonly Contract[];
  schemas: SchemaSet;
  slowMs: number;
  /** A Graph error response from the templates in `problems.ts`. */
  problem(name: ProblemName, message: string): Draft;
}

/** A deliberate contract break or transport fault the mock can act out. */
export interface DriftDefinition {
  id: string;
  title: string;
  /**
   * `contract`: the response disagrees with the doc, and a contract check must notice.
   * `transport`: a fault a client must survive (retry, timeout); not a contract break.
   */
  kind: 'contract' | 'transport';
  /** Transport faults that happen before the request is processed (no state change). */
  early?: boolean;
  /** Rewrites a clean success response; `null` when the mode does not apply to it. */
  apply(draft: Draft, ctx: DriftContext): Draft | null;
}

const typed = (ctx: DriftContext, body: unknown): DescribedSlot[] => {
  const root = locate(ctx.schemas, ctx.contract.response.schema);
  return root && body !== undefined ? describedSlots(ctx.schemas, root, body) : [];
};
const assign = (slot: { parent: unknown; key: string | number }, value: unknown) => {
  (slot.parent as Record<string | number, unknown>)[slot.key] = value;
};
const jsonType = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v === 'object' ? 'object' : typeof v);
// Body drifts break documented bodies only: 2xx other than 204 (clients ignore other bodies).
const carriesBody = (draft: Draft) => draft.body !== undefined && draft.status >= 200 && draft.status < 300 && draft.status !== 204;
const withBody = (draft: Draft, f: (body: unknown) => boolean): Draft | null => {
  if (!carriesBody(draft)) return null;
  const body = JSON.parse(JSON.stringify(draft.body)) as unknown;
  return f(body) ? { ...draft, body } : null;
};
const itemsOf = (body: unknown): unknown[] => {
  const value = (body as { value?: unknown }).value;
  return Array.isArray(value) ? value : [body];
};

function throttle(ctx: DriftContext, retryAfter: string): Draft {
  const draft = ctx.problem('throttled', `Too many requests. Retry after ${retryAfter} seconds.`);
  return { ...draft, headers: { ...draft.headers, 'retry-after': retryAfter } };
}

/** Adds a documented top-level property with this format, holding `bad`; false when there is none. */
function addTopLevel(ctx: DriftContext, body: unknown, format: string, bad: string): boolean {
  const root = locate(ctx.schemas, ctx.contract.response.schema);
  if (!root || ctx.contract.response.body === 'collection' || typeof body !== 'object' || body === null) return false;
  const name = Object.entries(viewOf(ctx.schemas, root).properties).find(([, at]) => viewOf(ctx.schemas, at).format === format)?.[0];
  if (name !== undefined) (body as Record<string, unknown>)[name] = bad;
  return name !== undefined;
}

/** Replaces the first schema-described value whose format is `format` with `bad`. */
function malformFormat(format: string, bad: string): DriftDefinition['apply'] {
  return (draft, ctx) =>
    withBody(draft, (body) => {
      const slot = typed(ctx, body).find((s) => s.view.format === format && typeof s.value === 'string');
      if (slot) assign(slot, bad);
      return slot !== undefined || addTopLevel(ctx, body, format, bad);
    });
}

/** Every drift mode, by id. */
export const DRIFTS = {
  'drop-required-field': {
    id: 'drop-required-field',
    title: 'a documented required field is missing',
    kind: 'contract',
    apply: (draft, { contract, peers = [contract] }) =>
      withBody(draft, (body) => {
        // Fields every page of this request requires first: dropping one breaks each page's contract.
        const shared = (f: string) => peers.every((p) => p.response.requiredFields.includes(f));
        const fields = [...contract.response.requiredFields].sort((a, b) => Number(shared(b)) - Number(shared(a)));
        for (const field of fields) {
          for (const target of field === 'value' ? [body] : itemsOf(body)) {
            if (target && typeof target === 'object' && field in target) {
              delete (target as Record<string, unknown>)[field];
              return true;
            }
          }
        }
        return false;
      }),
  },
  'enum-out-of-range': {
    id: 'enum-out-of-range',
    title: 'an enum field holds a value that is not a documented member',
    kind: 'contract',
    apply: (draft, ctx) =>
      withBody(draft, (body) => {
        const documented = ctx.contract.response.enumFields.flatMap((f) => slots(body, f.pointer));
        const slot = documented[0] ?? typed(ctx, body).find((s) => s.view.enum && typeof s.value === 'string');
        if (slot) assign(slot, 'notADocumentedMember');
        // The field may be absent from this answer (a client's write replaced its parent): add it.
        const plain = ctx.contract.response.enumFields.find((f) => !f.pointer.includes('*'));
        return slot !== undefined || (plain !== undefined && setAt(body, plain.pointer, 'notADocumentedMember'));
      }),
  },
  'wrong-json-type': {
    id: 'wrong-json-type',
    title: 'a field has the wrong JSON type',
    kind: 'contract',
    apply: (draft, ctx) =>
      withBody(draft, (body) => {
        const candidates = typed(ctx, body).filter((s) => s.view.types.length > 0 && s.value !== null);
        const required = new Set(ctx.contract.response.requiredFields);
        const slot = candidates.find((s) => required.has(String(s.key))) ?? candidates[0];
        if (!slot) return false;
        const allowed = new Set(slot.view.types.map((t) => (t === 'integer' ? 'number' : t)));
        const replacement = [12345, 'not-a-number', true, { unexpected: true }, ['unexpected']].find((v) => !allowed.has(jsonType(v)));
        assign(slot, replacement);
        return true;
      }),
  },
  'malformed-date-time': {
    id: 'malformed-date-time',
    title: 'a date-time field is not RFC 3339',
    kind: 'contract',
    apply: malformFormat('date-time', '13/07/2021 20:55'),
  },
  'malformed-uuid': {
    id: 'malformed-uuid',
    title: 'a uuid field is not a uuid',
    kind: 'contract',
    apply: malformFormat('uuid', '86904b1e-c7d0-4ead-b13a'),
  },
  'undocumented-status': {
    id: 'undocumented-status',
    title: 'the success status differs from the documented one',
    kind: 'contract',
    apply: (draft) => ({ ...draft, status: draft.status === 200 ? 202 : 200 }),
  },
  'wrong-content-type': {
    id: 'wrong-content-type',
    title: 'the body is served as text/plain',
    kind: 'contract',
    apply: (draft) => (carriesBody(draft) ? { ...draft, headers: { ...draft.headers, 'content-type': 'text/plain; charset=utf-8' } } : null),
  },
  'empty-body': {
    id: 'empty-body',
    title: 'a documented body is missing',
    kind: 'contract',
    apply: (draft) => (carriesBody(draft) ? { ...draft, body: undefined, raw: '' } : null),
  },
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
