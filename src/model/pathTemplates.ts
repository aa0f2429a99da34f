import type { CodeBlock, DocDiagnostic } from '../docs/types.js';
import { diagnostic } from './diagnostic.js';
import { requestLine } from './httpMessage.js';
import type { HttpMethod, PathTemplate } from './types.js';
import { fitted } from '../util/fitted.js';

const PARAM = /\{([^{}]+)\}/g;
const HOST_AND_VERSION = /^https?:\/\/[^/]+\/(?:beta|v1\.0)/i;
const MARKDOWN = /\*\*|`|<|>/;
const SPACE = /\s/;
const QUOTED_OR_PARAM = /\{[^{}]*\}|'[^']*'/g;

/** `{id | userPrincipalName}` → `id`; parameter names of a path template in order. */
export function templateParams(template: string): string[] {
  return fitted([...template.matchAll(PARAM)].map((m) => (m[1] ?? '').split('|')[0]?.trim() ?? '').filter((p) => p !== ''));
}

/**
 * Why a path (after host and version) is no request path, or undefined when it is one: it must
 * start with `/` and hold no markdown, angle-bracket placeholders or spaces outside `{param}` and
 * quoted function arguments. Generated pages show `** Entity URI for microsoft.management.… not
 * found` where the path belongs; others lose the leading `/` or escape a query into the path.
 */
export function pathProblem(path: string): string | undefined {
  if (!path.startsWith('/')) return 'it does not start with `/`';
  if (MARKDOWN.test(path)) return 'it holds markdown or placeholder text';
  if (SPACE.test(path.replace(QUOTED_OR_PARAM, ''))) return 'it holds spaces';
  return undefined;
}

/**
 * Path templates of the "HTTP request" section's fences: every `METHOD /path` line. A line whose
 * path is no request path (see `pathProblem`) is left out with an `http-request-path-unusable`
 * warning; its method still counts.
 */
export function parsePathTemplates(blocks: CodeBlock[], file: string): { method?: HttpMethod; methods: Set<HttpMethod>; paths: PathTemplate[]; diagnostics: DocDiagnostic[] } {
  const paths: PathTemplate[] = [];
  const diagnostics: DocDiagnostic[] = [];
  const methods = new Set<HttpMethod>();
  let method: HttpMethod | undefined;
  for (const block of blocks) {
    block.text.split('\n').forEach((line, i) => {
      const start = requestLine(line);
      if (!start) return;
      method ??= start.method;
      methods.add(start.method);
      const template = start.url.replace(HOST_AND_VERSION, '');
      const source = { file, line: block.line + 1 + i };
      const problem = pathProblem(template.split('?', 1)[0]!);
      if (problem) diagnostics.push(diagnostic('http-request-path-unusable', 'warning', `\`${start.method} ${template.slice(0, 120)}\` is no request path (${problem}); it is left out.`, source));
      else paths.push({ template, params: templateParams(template), source });
    });
  }
  return { method, methods, paths, diagnostics };
}
