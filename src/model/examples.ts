import type { CodeBlock, DocDiagnostic, DocPage } from '../docs/types.js';
import { diagnostic } from './diagnostic.js';
import { parseRequest, parseResponse, requestLine, statusLine } from './httpMessage.js';
import { parseJsonBody } from './jsonBody.js';
import { pathProblem } from './pathTemplates.js';
import { underTitle } from './sections.js';
import { parseTypeRef } from './typeRef.js';
import type { Example, RequestExample, ResponseExample } from './types.js';
import { append } from '../util/append.js';

type Role = 'request' | 'response';

const ABSOLUTE = /^https?:\/\//i;
// Headings an example fence may stand under; constants, since a regex literal in a function is a
// new object on every call, and these run for every fence of every API page.
const REQUEST_HEADING = /request|example|response/i;
const RESPONSE_HEADING = /response|example/i;
const BARE_RESPONSE_HEADING = /response/i;
const JSON_START = /^\s*[[{]/;
const HASH = /^#/;
/** Hosts of Graph requests; other absolute URLs are callbacks Graph sends (bot notifications). */
const GRAPH_HOST = /^https?:\/\/(?:graph\.microsoft\.com|graph\.microsoft\.us|dod-graph\.microsoft\.us|microsoftgraph\.chinacloudapi\.cn|graph\.microsoft\.de)\//i;

/**
 * The role of a fence in the examples: annotated `request`/`response`; unannotated fences under
 * a "Request"/"Response" heading whose first line is `METHOD URL` / `HTTP/1.1 NNN`; and fences
 * annotated `ignored` that are plainly examples (absolute URL or status line under such a heading).
 * ApiDoctor's `example` block type is read like an unannotated fence.
 */
function roleOf(page: DocPage, block: CodeBlock, firstLine: string): { role?: Role; ignored: boolean } {
  const blockType = block.annotation?.value?.['blockType'];
  if (blockType === 'request' || blockType === 'response') return { role: blockType, ignored: false };
  if (blockType !== undefined && blockType !== 'ignored' && blockType !== 'example') return { ignored: false };
  const ignored = blockType === 'ignored';
  const start = requestLine(firstLine);
  if (start && (!ignored || ABSOLUTE.test(start.url)) && underTitle(page, block.section, REQUEST_HEADING)) return { role: 'request', ignored };
  if (statusLine(firstLine) !== undefined && underTitle(page, block.section, RESPONSE_HEADING)) return { role: 'response', ignored };
  return { ignored: false };
}

/** Adds what the fence's annotation says to its response (in place: the example is this fence's own). */
function annotationFacts(block: CodeBlock, example: ResponseExample): ResponseExample {
  const a = block.annotation?.value ?? {};
  const declared = typeof a['@odata.type'] === 'string' ? parseTypeRef(a['@odata.type'].replace(HASH, '')) : undefined;
  const isCollection = a['isCollection'] === true || declared?.collection === true ? true : a['isCollection'] === false ? false : undefined;
  example.truncated = a['truncated'] === true;
  if (declared) example.odataType = declared.name;
  if (isCollection !== undefined) example.isCollection = isCollection;
  return example;
}

/** Status of a response shown as a bare JSON fence, without `HTTP/1.1 NNN`; the documented status replaces it. */
export const STATUS_NOT_SHOWN = 0;

const RESPONSE_LABEL = /^\W*response\W*$/i;

/**
 * A bare JSON fence answering the open request (Dynamics pages show responses this way): it is
 * unannotated, starts with `{` or `[`, and a "Response" heading or label stands between the two.
 */
function bareResponse(page: DocPage, block: CodeBlock, open: Example | undefined): ResponseExample | undefined {
  if (!open || open.response || block.annotation || !JSON_START.test(block.text)) return undefined;
  const labelled = underTitle(page, block.section, BARE_RESPONSE_HEADING) ||
    page.prose.some((p) => p.line > open.request.source.line && p.line < block.line && RESPONSE_LABEL.test(p.text));
  if (!labelled) return undefined;
  const parsed = parseJsonBody(block.text, { file: page.file, line: block.line + 1 });
  return parsed.body === undefined ? undefined : { status: STATUS_NOT_SHOWN, truncated: false, headers: {}, body: parsed.body, source: { file: page.file, line: block.line + 1 } };
}

/** Example request/response pairs of an API page, in page order; each response pairs with the request before it. */
export function parseExamples(page: DocPage, skipSection: (section: number) => boolean): { examples: Example[]; diagnostics: DocDiagnostic[] } {
  const examples: Example[] = [];
  const diagnostics: DocDiagnostic[] = [];
  const { file } = page;
  // After a request to another host, its response is not a Graph response either.
  let skipResponse = false;
  for (const block of page.blocks) {
    if (skipSection(block.section)) continue;
    const end = block.text.indexOf('\n');
    const firstLine = (end < 0 ? block.text : block.text.slice(0, end)).trim();
    const { role, ignored } = roleOf(page, block, firstLine);
    if (!role) {
      const open = examples[examples.length - 1];
      const bare = skipResponse ? undefined : bareResponse(page, block, open);
      if (open && bare) open.response = bare;
      continue;
    }
    const at = { file, line: block.line + 1 };
    if (ignored) diagnostics.push(diagnostic('example-annotated-ignored', 'info', `This ${role} example is annotated \`"blockType": "ignored"\`; read as an example anyway.`, { file, line: block.annotation?.line ?? block.line }));
    if (role === 'request') {
      const parsed = parseRequest(block.text, at);
      append(diagnostics, parsed.diagnostics);
      if (!parsed.example) {
        diagnostics.push(diagnostic('example-request-unreadable', 'warning', `Request example does not start with \`METHOD URL\`: ${JSON.stringify(firstLine.slice(0, 60))}.`, at));
        continue;
      }
      const annotated = block.annotation?.value?.['blockType'] === 'request';
      if (!annotated && ABSOLUTE.test(parsed.example.url) && !GRAPH_HOST.test(parsed.example.url)) {
        diagnostics.push(diagnostic('example-request-not-graph', 'info', `Request example goes to ${parsed.example.url.split('/')[2] ?? 'another host'}, not Graph; left out of the examples.`, at));
        skipResponse = true;
        continue;
      }
      // An example relative to the service root without its `/` (`GET me/devices`) is still a path.
      const path = parsed.example.path.split('?', 1)[0]!;
      const problem = pathProblem(path.startsWith('/') ? path : `/${path}`);
      if (problem) {
        diagnostics.push(diagnostic('example-request-path-unusable', 'warning', `Request example \`${parsed.example.method} ${parsed.example.url.slice(0, 100)}\` has no request path (${problem}); it and its response are left out.`, at));
        skipResponse = true;
        continue;
      }
      skipResponse = false;
      const name = block.annotation?.value?.['name'];
      const request: RequestExample = typeof name === 'string' ? { ...parsed.example, name } : parsed.example;
      examples.push({ request });
    } else {
      const parsed = parseResponse(block.text, at);
      append(diagnostics, parsed.diagnostics);
      if (!parsed.example) {
        diagnostics.push(diagnostic('example-response-unreadable', 'warning', `Response example does not start with \`HTTP/1.1 NNN\`: ${JSON.stringify(firstLine.slice(0, 60))}.`, at));
        continue;
      }
      const open = examples[examples.length - 1];
      if (skipResponse) skipResponse = false;
      else if (open && !open.response) open.response = annotationFacts(block, parsed.example);
      else if (open) diagnostics.push(diagnostic('example-response-extra', 'info', `A further response example (${parsed.example.status}) follows the request of line ${open.request.source.line}; only the first is paired.`, at));
      else diagnostics.push(diagnostic('example-response-without-request', 'warning', 'Response example follows no request example.', at));
    }
  }
  for (const ex of examples) {
    if (!ex.response) diagnostics.push(diagnostic('example-request-without-response', 'warning', `Request example ${ex.request.method} ${ex.request.path} has no response example.`, ex.request.source));
  }
  return { examples, diagnostics };
}
