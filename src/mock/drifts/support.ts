import type { Contract } from '../../contracts/types.js';
import type { SchemaSet } from '../../schemas/types.js';
import { describedSlots, type DescribedSlot } from '../../schemas/view/leaves.js';
import { locate, schemaAt, viewOf } from '../../schemas/view/schemaView.js';
import { relationOf } from '../../schemas/view/runtimeTypes.js';
import type { ProblemName } from '../problems.js';

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
   * Every page documenting this request (the answering contract among them, see `peerIndex`):
   * a break must be one each of them forbids, since the client may be checking any of them.
   * @default [contract]
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

/** The pages of this request whose answer has the answering page's body kind. */
export const kindPeers = (ctx: DriftContext): readonly Contract[] => (ctx.peers ?? [ctx.contract]).filter((p) => p.response.body === ctx.contract.response.body);

/** A 2xx with a documented JSON body (not 204): what body drifts break. */
export const carriesBody = (draft: Draft): boolean => draft.body !== undefined && draft.status >= 200 && draft.status < 300 && draft.status !== 204;

/** Applies `f` to a deep copy of the body; null when the draft has no body or `f` found nothing to break. */
export const withBody = (draft: Draft, f: (body: unknown) => boolean): Draft | null => {
  if (!carriesBody(draft)) return null;
  const body = JSON.parse(JSON.stringify(draft.body)) as unknown;
  return f(body) ? { ...draft, body } : null;
};

/** The entities of a body: each `value` item of a collection answer, else the body. */
export const itemsOf = (ctx: DriftContext, body: unknown): { at: string; item: unknown }[] => {
  const value = (body as { value?: unknown }).value;
  return ctx.contract.response.body === 'collection' && Array.isArray(value) ? value.map((item, i) => ({ at: `/value/${i}`, item })) : [{ at: '', item: body }];
};

/** Schema-described values below `value`, as the answering page's type describes them. */
export const typed = (ctx: DriftContext, value: unknown, schema = ctx.contract.response.schema): DescribedSlot[] => {
  const root = locate(ctx.schemas, schema);
  return root && value !== undefined ? describedSlots(ctx.schemas, root, value) : [];
};

/** Replaces the value a slot holds. */
export const assign = (slot: { parent: unknown; key: string | number }, value: unknown): void => {
  (slot.parent as Record<string | number, unknown>)[slot.key] = value;
};

/** The JSON type of a value, as JSON Schema names it (`integer` counts as `number`). */
export const jsonType = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v === 'object' ? 'object' : typeof v);

/** Values of every JSON type, to pick one a schema does not allow. */
export const ANY_TYPE: readonly unknown[] = [12345, 'not-a-number', true, { unexpected: true }, ['unexpected']];

/** Schema files of the types the pages of this request declare for the answer's entities. */
export function declaredTypes(ctx: DriftContext): string[] {
  return [...new Set(kindPeers(ctx).flatMap((p) => (p.response.schema && ctx.schemas[p.response.schema] ? [p.response.schema] : [])))];
}

/**
 * The schema file an item is judged by when its `@odata.type` names a documented type that is
 * one the pages declare, derived from one (a group in a `directoryObject` list) or related to
 * one where the docs cannot tell (`managedTenants.riskyUser` where a page declares `riskyUser`):
 * the checks validate each of these as the named type; else undefined.
 */
export function runtimeSchemaOf(ctx: DriftContext, item: unknown): string | undefined {
  const named = typeof item === 'object' && item !== null ? (item as Record<string, unknown>)['@odata.type'] : undefined;
  if (typeof named !== 'string') return undefined;
  const { relation, runtime } = relationOf(ctx.schemas, named, declaredTypes(ctx));
  return relation === 'same' || relation === 'derived' || relation === 'related' ? runtime : undefined;
}

/**
 * The JSON types each page of the request allows at `pointer` of one item (relative to the
 * item), merged; undefined when some page does not describe the place (anything goes there).
 * An item of a runtime type (`runtime`, see {@link runtimeSchemaOf}) is judged by that type alone.
 */
export function allowedTypes(ctx: DriftContext, pointer: string, runtime?: string): Set<string> | undefined {
  const allowed = new Set<string>();
  for (const schema of runtime ? [runtime] : kindPeers(ctx).map((p) => p.response.schema)) {
    const root = locate(ctx.schemas, schema);
    const at = root ? schemaAt(ctx.schemas, root, pointer.replace(/\/\d+(?=\/|$)/g, '/0')) : undefined;
    const types = at ? viewOf(ctx.schemas, at).types : [];
    if (types.length === 0) return undefined;
    for (const t of types) allowed.add(t === 'integer' ? 'number' : t);
  }
  return allowed;
}

/** A value of a JSON type no page of the request allows at `pointer` of an item, if there is one. */
export function forbiddenValue(ctx: DriftContext, pointer: string, runtime?: string, except: readonly string[] = []): unknown {
  const allowed = allowedTypes(ctx, pointer, runtime);
  return allowed === undefined ? undefined : ANY_TYPE.find((v) => !allowed.has(jsonType(v)) && !except.includes(jsonType(v)));
}
