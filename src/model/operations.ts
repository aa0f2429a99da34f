import type { DocDiagnostic, DocPage } from '../docs/types.js';
import { diagnostic } from './diagnostic.js';
import { parseExamples, STATUS_NOT_SHOWN } from './examples.js';
import { parsePathTemplates } from './pathTemplates.js';
import type { IncludeResolver } from './includes.js';
import { pagePermissions } from './permissionsSource.js';
import { parseRequestBody } from './requestBody.js';
import { parseRequestHeaders } from './requestHeaders.js';
import { parseResponseSentence } from './responseSentence.js';
import { findSection, within } from './sections.js';
import { parseTypeRef } from './typeRef.js';
import type { Example, Operation, Permissions, ResponseExample } from './types.js';
import { append } from '../util/append.js';
import { fitted } from '../util/fitted.js';

const HTTP_REQUEST_SECTION = /^http request/i;
const HEADERS_SECTION = /^request headers?$/i;
const BODY_SECTION = /^request body$/i;
const RESPONSE_SECTION = /^response$/i;

const NO_PERMISSIONS: Permissions = { delegatedWork: [], delegatedPersonal: [], application: [] };

/** The heading line of the page's H1, else 1. */
function pageLine(page: DocPage): number {
  return page.sections.find((s) => s.level === 1)?.line ?? 1;
}

/**
 * Prose of a section (and its subsections), joined by spaces, markdown kept. Concatenated as it is
 * found: most sections have one line, which then costs nothing (no arrays to filter, map and join).
 */
function sectionProse(page: DocPage, section: number): { text: string; line: number } {
  let text = '';
  let line: number | undefined;
  if (section >= 0) {
    for (const p of page.prose) {
      if (!within(page, p.section, section)) continue;
      text = line === undefined ? p.text : `${text} ${p.text}`;
      line ??= p.line;
    }
  }
  return { text, line: line ?? page.sections[section]?.line ?? 1 };
}

/** The response the operation's success status comes from: the first non-error one shown, else the first shown. */
function firstResponse(examples: readonly Example[]): ResponseExample | undefined {
  let first: ResponseExample | undefined;
  for (const { response } of examples) {
    if (!response || response.status === STATUS_NOT_SHOWN) continue;
    // Pages show error responses too (404, 507); the success status is the first non-error one.
    if (response.status < 400) return response;
    first ??= response;
  }
  return first;
}

/** What `buildOperation` returns: the operation, plus the pages its body types link to (names resolve by page). */
export interface BuiltOperation {
  operation?: Operation;
  typePages: { request?: string; response?: string };
  diagnostics: DocDiagnostic[];
}

/**
 * An API page → Operation. Undefined (with a diagnostic) when neither the HTTP request section
 * nor an example names a method: such a page documents no callable request.
 */
export function buildOperation(page: DocPage, includes: IncludeResolver): BuiltOperation {
  const { file } = page;
  const source = { file, line: pageLine(page) };
  const diagnostics: DocDiagnostic[] = [];
  const httpSection = findSection(page, HTTP_REQUEST_SECTION);
  const http = parsePathTemplates(page.blocks.filter((b) => within(page, b.section, httpSection)), file);
  append(diagnostics, http.diagnostics);
  if (http.methods.length > 1) diagnostics.push(diagnostic('http-request-methods-differ', 'warning', `The HTTP request section names several methods (${http.methods.join(', ')}); the operation uses ${http.method}.`, http.paths[0]?.source ?? source));
  const ex = parseExamples(page, (s) => within(page, s, httpSection));
  append(diagnostics, ex.diagnostics);
  const method = http.method ?? ex.examples[0]?.request.method;
  if (!method) {
    diagnostics.push(diagnostic('operation-without-request', 'info', 'API page documents no HTTP request (no `METHOD /path` in an HTTP request section or example).', source));
    return { typePages: {}, diagnostics };
  }
  if (http.paths.length === 0 && http.diagnostics.length === 0) diagnostics.push(diagnostic('http-request-missing', 'warning', 'API page has no `METHOD /path` template in an "HTTP request" section.', { file, line: page.sections[httpSection]?.line ?? source.line }));

  const permissions = pagePermissions(page, includes);
  append(diagnostics, permissions.diagnostics);
  const headersSection = findSection(page, HEADERS_SECTION);
  const headersTable = page.tables.find((t) => within(page, t.section, headersSection));
  const body = parseRequestBody(page, findSection(page, BODY_SECTION));
  append(diagnostics, body.diagnostics);
  const responseSection = findSection(page, RESPONSE_SECTION);
  const prose = sectionProse(page, responseSection);
  const sentence = parseResponseSentence(prose.text);

  const operation: Operation = {
    id: page.id, page: file, title: page.title, method, paths: fitted(http.paths),
    requestProperties: fitted(body.properties), noContent: sentence.noContent,
    permissions: permissions.permissions ?? NO_PERMISSIONS,
    requestHeaders: headersTable ? fitted(parseRequestHeaders(headersTable, file)) : [],
    examples: fitted(ex.examples), source,
  };
  if (page.version) operation.version = page.version;
  if (body.type) operation.requestType = body.type;
  if (sentence.type) operation.responseType = sentence.type;
  if (sentence.alternatives) operation.responseAlternatives = sentence.alternatives;
  const shown = firstResponse(ex.examples);
  // Prose stating only an error status states a condition ("if the fileSize exceeds the quota, a
  // `507` response will be returned"), not what success answers: an example's success status wins.
  const proseOnlyErrors = sentence.status !== undefined && sentence.status >= 400 && shown !== undefined && shown.status < 400;
  if (sentence.status !== undefined && !proseOnlyErrors) {
    operation.successStatus = sentence.status;
    operation.successStatusSource = { file, line: prose.line };
  } else if (shown) {
    operation.successStatus = shown.status;
    operation.successStatusSource = shown.source;
    if (proseOnlyErrors) operation.statusPerExample = true;
    else diagnostics.push(diagnostic('response-status-not-stated', 'info', `The Response section states no status code; using ${shown.status} from the examples.`, { file, line: prose.line }));
  }
  const declared = shown?.odataType ? parseTypeRef(shown.odataType) : undefined;
  if (!operation.responseType && declared) operation.responseType = { name: declared.name, collection: declared.collection || shown?.isCollection === true };
  for (const e of ex.examples) {
    const r = e.response;
    if (r?.status === STATUS_NOT_SHOWN) {
      r.status = operation.successStatus ?? 200;
      diagnostics.push(diagnostic('example-response-without-status-line', 'info', `Response example is a bare JSON body without \`HTTP/1.1 NNN\`; read as the documented ${r.status} response.`, r.source));
      continue;
    }
    if (r && sentence.status !== undefined && !proseOnlyErrors && !sentence.statuses.includes(r.status) && r.status < 300) {
      diagnostics.push(diagnostic('example-status-differs', 'warning', `Example response status ${r.status} differs from the documented ${sentence.statuses.join(' or ')}.`, r.source, [operation.successStatusSource!]));
    }
  }
  return { operation, typePages: { request: body.typePage, response: sentence.typePage }, diagnostics };
}
