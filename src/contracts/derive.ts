import type { DocDiagnostic } from '../docs/types.js';
import type { ApiModel, Example, Operation } from '../model/types.js';
import { indexTypes, type TypeIndex } from '../schemas/index.js';
import { deriveResponse } from './deriveResponse.js';
import { requestFromExample, requestFromTemplate } from './deriveRequest.js';
import { matchTemplate, trimPath } from './matchTemplate.js';
import type { IsPlaceholder } from './placeholders.js';
import type { Contract } from './types.js';

/** Contracts of a model, with what kept them from being exact. */
export interface DerivedContracts {
  contracts: Contract[];
  diagnostics: DocDiagnostic[];
}

/** Options of `deriveContracts`. */
export interface DeriveContractsOptions {
  /** Recognises doc placeholder values in example bodies. */
  isPlaceholder: IsPlaceholder;
  /** Type index shared with `deriveSchemas`. @default indexTypes(model) */
  index?: TypeIndex;
  /** API version of template-only contracts whose page's folder names none (path templates carry none). @default 'beta' */
  version?: string;
}

/**
 * ApiModel → one contract per documented example request, in page order then example order.
 * A page without examples but with a GET path template gets one `origin: "template"` contract.
 * Ids: `<page-id>` for a page's first contract, `<page-id>~2`, `~3`, … for the next. Pure.
 */
export function deriveContracts(model: ApiModel, options: DeriveContractsOptions): DerivedContracts {
  const index = options.index ?? indexTypes(model);
  const contracts: Contract[] = [];
  const diagnostics: DocDiagnostic[] = [];
  const ops = [...model.operations].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const op of ops) {
    const before = contracts.length;
    const id = () => (contracts.length === before ? op.id : `${op.id}~${contracts.length - before + 1}`);
    if (op.examples.length > 0) {
      const templates = op.paths.map((p) => p.template);
      for (const example of op.examples) contracts.push(fromExample(id(), op, example, templates, index, options.isPlaceholder, diagnostics));
      continue;
    }
    const get = op.method === 'GET' ? op.paths[0] : undefined;
    if (get) contracts.push(fromTemplate(id(), op, get, index, options));
    else diagnostics.push({ rule: 'operation-without-example', severity: 'info', message: `${op.method} ${op.id} has no example request${op.paths.length ? '' : ' and no path template'}; no contract is derived`, source: op.source });
  }
  return { contracts, diagnostics };
}

/** `templates`: the page's path templates as written. */
function fromExample(id: string, op: Operation, example: Example, templates: readonly string[], index: TypeIndex, isPlaceholder: IsPlaceholder, diagnostics: DocDiagnostic[]): Contract {
  const request = requestFromExample(op, example, index, isPlaceholder);
  const match = matchTemplate(request.path, templates);
  if (!match.matched && op.paths.length > 0) {
    diagnostics.push({ rule: 'example-path-unmatched', severity: 'info', message: `example request path ${request.path} matches none of the page's HTTP request templates`, source: example.request.source, related: [op.paths[0]!.source] });
  }
  if (example.request.method !== op.method) {
    diagnostics.push({ rule: 'example-method-mismatch', severity: 'warning', message: `example request uses ${example.request.method} but the page documents ${op.method}`, source: example.request.source });
  }
  const response = deriveResponse(op, example, index, isPlaceholder, { request, source: example.request.source });
  const status = op.successStatusSource ?? example.response?.source;
  // Built field by field rather than with spreads: one of these per example of the reference,
  // and spreading into literals cost a few percent of a whole build. Key order is unchanged.
  const source: Contract['source'] = { page: op.source, request: example.request.source };
  if (example.response) source.response = example.response.source;
  if (status) source.status = status;
  const shown = example.request.version;
  if (op.version && shown && shown !== op.version) {
    diagnostics.push({ rule: 'example-version-differs', severity: 'info', message: `example request calls /${shown} on a page of the ${op.version} reference; the contract is sent to /${op.version}`, source: example.request.source });
  }
  const h = head(id, op, example.request.method, match.template, op.version ?? (shown || 'beta'));
  return { id: h.id, pageId: h.pageId, page: h.page, title: h.title, operation: h.operation, origin: 'example', request, response, permissions: op.permissions, source };
}

function fromTemplate(id: string, op: Operation, template: Operation['paths'][number], index: TypeIndex, options: DeriveContractsOptions): Contract {
  const request = requestFromTemplate(op, template);
  return {
    ...head(id, op, op.method, trimPath(template.template), op.version ?? options.version ?? 'beta'),
    origin: 'template',
    request,
    response: deriveResponse(op, undefined, index, options.isPlaceholder, { request, source: template.source }),
    permissions: op.permissions,
    source: { page: op.source, request: template.source, ...(op.successStatusSource ? { status: op.successStatusSource } : {}) },
  };
}

function head(id: string, op: Operation, method: Operation['method'], pathTemplate: string, version: string) {
  return {
    id,
    pageId: op.id,
    page: op.page,
    title: op.title,
    operation: { method, pathTemplate, pathTemplates: op.paths.map((p) => trimPath(p.template)), version },
  };
}
