import { propertiesOf } from '../../schemas/view/runtimeTypes.js';
import { GRAPH_JSON } from '../json.js';
import { carriesBody, kindPeers, type DriftContext, type Draft, type DriftDefinition } from './support.js';

const SUCCESSES = [200, 201, 202, 203, 206];

/** Some page of the request documents a body of its own kind for this status (then a body may come). */
const bodyDocumentedFor = (ctx: DriftContext, status: number) => (ctx.peers ?? [ctx.contract]).some((p) => p.response.status === status && p.response.body !== 'none');

/** The answer documents a JSON entity or collection (what the body checks read). */
const documentsJson = (ctx: DriftContext) => {
  const { body, contentType } = ctx.contract.response;
  return (body === 'entity' || body === 'collection') && (contentType === undefined || /json/i.test(contentType));
};

const isValueWrapper = (v: unknown) => typeof v === 'object' && v !== null && Array.isArray((v as { value?: unknown }).value);

/** Drift modes that change the status, the media type or the shape of the whole answer. */
export const SHAPE_DRIFTS = {
  'undocumented-status': {
    id: 'undocumented-status',
    title: 'the success status is one no page of the request documents',
    kind: 'contract',
    apply: (draft, ctx) => {
      const documented = new Set((ctx.peers ?? [ctx.contract]).map((p) => p.response.status));
      const status = SUCCESSES.find((s) => s !== draft.status && !documented.has(s));
      return status === undefined ? null : { ...draft, status };
    },
  },
  'wrong-content-type': {
    id: 'wrong-content-type',
    title: 'the body is served as text/plain',
    kind: 'contract',
    apply: (draft, ctx) => (carriesBody(draft) && !(ctx.peers ?? []).some((p) => p.response.contentType?.startsWith('text/plain')) ? { ...draft, headers: { ...draft.headers, 'content-type': 'text/plain; charset=utf-8' } } : null),
  },
  'empty-body': {
    id: 'empty-body',
    title: 'a documented body is missing',
    kind: 'contract',
    apply: (draft, ctx) => (carriesBody(draft) && !(ctx.peers ?? []).some((p) => p.response.status === draft.status && p.response.body === 'none') ? { ...draft, body: undefined, raw: '' } : null),
  },
  'truncated-json': {
    id: 'truncated-json',
    title: 'a documented JSON body is cut off halfway',
    kind: 'contract',
    apply: (draft, ctx) => {
      if (!carriesBody(draft) || !documentsJson(ctx)) return null;
      const text = JSON.stringify(draft.body);
      return { ...draft, headers: { ...draft.headers, 'content-type': GRAPH_JSON }, raw: text.slice(0, Math.max(1, Math.floor(text.length / 2))) };
    },
  },
  'entity-in-value': {
    id: 'entity-in-value',
    title: 'one entity is answered wrapped in a `value` array, as if it were a collection',
    kind: 'contract',
    apply: (draft, ctx) => {
      if (!carriesBody(draft) || ctx.contract.response.body !== 'entity' || !documentsJson(ctx) || typeof draft.body !== 'object' || draft.body === null || Array.isArray(draft.body)) return null;
      // A type with a `value` property of its own (or a page showing the entity so) could be answered so.
      if (kindPeers(ctx).some((p) => (p.response.schema !== undefined && propertiesOf(ctx.schemas, p.response.schema)?.value !== undefined) || isValueWrapper(p.response.example))) return null;
      const { ['@odata.context']: context, ...entity } = draft.body as Record<string, unknown>;
      return { ...draft, body: { ...(context === undefined ? {} : { '@odata.context': context }), value: [entity] } };
    },
  },
  'body-on-no-content': {
    id: 'body-on-no-content',
    title: 'a success documented without a body comes with one',
    kind: 'contract',
    apply: (draft: Draft, ctx) => {
      if (ctx.contract.response.body !== 'none' || draft.status < 200 || draft.status >= 300 || draft.status === 204 || (draft.body !== undefined && draft.body !== '') || bodyDocumentedFor(ctx, draft.status)) return null;
      return { ...draft, headers: { ...draft.headers, 'content-type': GRAPH_JSON }, body: { unexpected: 'a body the page does not document' } };
    },
  },
} satisfies Record<string, DriftDefinition>;
